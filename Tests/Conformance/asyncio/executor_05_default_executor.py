# The loop's default executor names its threads asyncio_N; a one-worker
# executor set as default runs jobs one after another.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def whoami(delay):
    time.sleep(delay)
    return threading.current_thread().name


async def default_pool():
    names = await asyncio.gather(*(asyncio.to_thread(whoami, 0.1 * (i + 1)) for i in range(3)))
    print("default executor:", names)


async def single_worker():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
    start = loop.time()
    names = await asyncio.gather(*(asyncio.to_thread(whoami, 0.1) for _ in range(3)))
    print("one worker:", names, f"took {loop.time() - start:.1f}")
    try:
        loop.set_default_executor("not an executor")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(default_pool())
asyncio.run(single_worker())
