# Whichever deadline comes first wins: timeout() outside, wait_for inside.
import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5):
            await asyncio.wait_for(work(3), 2)
    except TimeoutError:
        print("outer timeout at", round(loop.time() - t0, 1))
    t0 = loop.time()
    try:
        async with asyncio.timeout(2):
            await asyncio.wait_for(work(3), 0.5)
    except TimeoutError as e:
        print("wait_for timeout at", round(loop.time() - t0, 1), type(e.__cause__).__name__)
    async with asyncio.timeout(2):
        print("both fine:", await asyncio.wait_for(work(0.3), 1))

asyncio.run(main())
