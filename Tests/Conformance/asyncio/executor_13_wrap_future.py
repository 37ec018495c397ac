# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable one;
# cancelling the asyncio side cancels a job that has not started yet.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(x):
    time.sleep(0.2)
    return x * 3


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(job, 5)
        wrapped = asyncio.wrap_future(cf)
        print(type(cf).__module__, type(wrapped).__module__)
        print("awaited:", await wrapped, cf.done())
        print("same object:", asyncio.wrap_future(wrapped) is wrapped)
        busy = loop.run_in_executor(pool, job, 1)
        queued_cf = pool.submit(job, 2)
        queued = asyncio.wrap_future(queued_cf)
        queued.cancel()
        await asyncio.sleep(0)
        print("queued job cancelled:", queued_cf.cancelled())
        print("busy job:", await busy)
        try:
            await queued
        except asyncio.CancelledError:
            print("awaiting the cancelled wrapper raises CancelledError")


asyncio.run(main())
