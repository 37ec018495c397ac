import asyncio
import time


def blocking_io(n):
    time.sleep(1)  # fine here: this runs in a worker thread, not on the loop
    return n * 10


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.4)


async def main():
    loop = asyncio.get_running_loop()
    ticks = asyncio.create_task(ticker())
    result = await loop.run_in_executor(None, blocking_io, 4)
    print("result", result)
    await ticks


asyncio.run(main())
