# A coroutine may swallow CancelledError: the task then ends normally.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    await asyncio.sleep(0.5)
    return "kept going"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    r = await t
    print(r, "| cancelled():", t.cancelled(), "| cancelling():", t.cancelling())

asyncio.run(main())
