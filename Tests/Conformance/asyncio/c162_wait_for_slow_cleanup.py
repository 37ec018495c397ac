# wait_for waits until the cancelled inner task has finished its cleanup.
import asyncio

async def work(d):
    print(f"work({d}) starts")
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print(f"work({d}) cleans up")
        await asyncio.sleep(0.4)
        print(f"work({d}) cleanup done")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(work(3), 1)
    except TimeoutError:
        print("TimeoutError at", round(loop.time() - t0, 1))
    t0 = loop.time()
    try:
        await asyncio.wait_for(work(1), 1)
    except TimeoutError:
        print("same length: the timeout wins at", round(loop.time() - t0, 1))

asyncio.run(main())
