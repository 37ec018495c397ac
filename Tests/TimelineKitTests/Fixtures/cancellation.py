import asyncio


async def worker():
    try:
        while True:
            print("working")
            await asyncio.sleep(0.4)
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: the worker is gone")


asyncio.run(main())
