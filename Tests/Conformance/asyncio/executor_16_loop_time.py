# Two 1-second jobs in threads overlap: both finish after about 1 s of loop
# time, while a coroutine sleeping 0.3 s at a time keeps running.
import asyncio
import time


def work(name):
    print(name, "start")
    time.sleep(1)
    print(name, "end")


async def heartbeat():
    for i in range(4):
        await asyncio.sleep(0.3)
        print("heartbeat", i)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    beat = asyncio.create_task(heartbeat())
    await asyncio.to_thread(work, "A")
    print(f"A awaited at {loop.time() - start:.1f}")
    await asyncio.gather(asyncio.to_thread(work, "B"), asyncio.sleep(0.5))
    print(f"B awaited at {loop.time() - start:.1f}")
    await beat


asyncio.run(main())
