# wait_for: a result in time, a timeout that cancels the inner task and waits
# for its cleanup, a zero timeout, and no timeout at all.
import asyncio

async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        await asyncio.sleep(0.2)
        print(name, "cleanup finished")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.wait_for(work("quick", 0.5), timeout=1))
    try:
        await asyncio.wait_for(work("slow", 5), timeout=1)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__, round(loop.time() - start, 1))
    try:
        await asyncio.wait_for(work("zero", 1), timeout=0)
    except TimeoutError:
        print("zero timeout", round(loop.time() - start, 1))
    print(await asyncio.wait_for(work("unbounded", 2), timeout=None), round(loop.time() - start, 1))

asyncio.run(main())
