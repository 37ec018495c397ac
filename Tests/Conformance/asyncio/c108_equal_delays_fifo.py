# Equal delays fire in the order they were scheduled; shorter ones first.
import asyncio

async def nap(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(nap("a", 0.2), nap("b", 0.1), nap("c", 0.2), nap("d", 0.1), nap("e", 0))
    print("elapsed", round(loop.time() - t0, 1))
    for i in range(3):
        loop.call_later(0.05, print, "cb", i)
    await asyncio.sleep(0.1)

asyncio.run(main())
