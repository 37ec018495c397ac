# Sleeps overlap: the loop's clock advances to each deadline in turn, and
# time.sleep inside a coroutine blocks every task.
import asyncio
import time

async def tick(name, delay, times):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(times):
        await asyncio.sleep(delay)
        print(name, round(loop.time() - start, 1))

async def blocker():
    await asyncio.sleep(0.25)
    print("blocking for 1 second")
    time.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(tick("fast", 0.3, 3), tick("slow", 0.5, 2))
    print("gather took", round(loop.time() - start, 1))
    start = loop.time()
    await asyncio.gather(tick("late", 0.5, 1), blocker())
    print("total", round(loop.time() - start, 1))

asyncio.run(main())
