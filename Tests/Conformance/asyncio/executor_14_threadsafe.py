# A worker thread talks back to the loop: call_soon_threadsafe schedules a
# callback, run_coroutine_threadsafe runs a coroutine and waits for its result.
import asyncio
import threading
import time


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


def worker(loop, done):
    time.sleep(0.1)
    print("worker hands work to the loop")
    loop.call_soon_threadsafe(print, "callback from", threading.current_thread().name)
    future = asyncio.run_coroutine_threadsafe(double(21), loop)
    print("worker got", future.result())
    loop.call_soon_threadsafe(done.set)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    start = loop.time()
    thread = threading.Thread(target=worker, args=(loop, done), name="helper")
    thread.start()
    print("main waits")
    await done.wait()
    print(f"main woke at {loop.time() - start:.1f}")
    thread.join()


asyncio.run(main())
