# An exception escaping main leaves asyncio.run after the teardown cancelled
# the other tasks.
import asyncio

async def background():
    try:
        await asyncio.sleep(5)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    raise KeyError("missing")

asyncio.run(main())
