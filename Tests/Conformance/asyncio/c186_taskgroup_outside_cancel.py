# Cancelling the task that runs a TaskGroup cancels its children and propagates.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True), t.cancelled())

asyncio.run(main())
