# A timeout nobody catches ends the program with TimeoutError, after the
# body's cleanup ran.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    finally:
        print("cleanup runs first")

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside a loop:", e)
asyncio.run(main())
