# time.sleep keeps the order of work: nobody else runs until the blocking task awaits.
import asyncio
import time

async def worker(name, block):
    for i in range(2):
        print(name, "step", i)
        if block:
            time.sleep(0.2)
        await asyncio.sleep(0.1)
    print(name, "finished")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(worker("blocking", True), worker("polite", False))
    print("elapsed about", round(loop.time() - t0, 1))

asyncio.run(main())
