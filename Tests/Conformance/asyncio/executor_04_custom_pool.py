# A pool of two workers runs four jobs (0.1 s to 0.4 s): each worker takes the
# next queued job as soon as it is free.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def job(i):
    name = threading.current_thread().name
    time.sleep(0.1 * (i + 1))
    return f"job {i} on {name}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        futures = [loop.run_in_executor(pool, job, i) for i in range(4)]
        for i, fut in enumerate(futures):
            result = await fut
            print(f"{result} (done by {loop.time() - start:.1f})")
    print(f"pool closed at {loop.time() - start:.1f}")


asyncio.run(main())
