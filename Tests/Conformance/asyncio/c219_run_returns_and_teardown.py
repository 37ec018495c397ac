# asyncio.run returns main's value; leftover tasks are cancelled before it returns.
import asyncio

async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return {"answer": 42}

result = asyncio.run(main())
print("asyncio.run returned", result)
print(asyncio.run(asyncio.sleep(0.1, "sleep as main")))
