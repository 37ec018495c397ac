# Each thread can run its own event loop with asyncio.run; a plain worker
# thread has no running loop.
import asyncio
import threading


async def job(name, delay):
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    return f"{name} ran on its own loop: {loop is not None}"


results = {}


def thread_main(name, delay):
    results[name] = asyncio.run(job(name, delay))


def no_loop():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        results["plain"] = f"RuntimeError: {e}"


threads = [threading.Thread(target=thread_main, args=("t1", 0.2)),
           threading.Thread(target=thread_main, args=("t2", 0.1)),
           threading.Thread(target=no_loop)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, "->", results[key])


async def main():
    loop = asyncio.get_running_loop()
    other = await asyncio.to_thread(asyncio.run, job("nested", 0.1))
    print(other)
    print("main loop still running:", loop.is_running())


asyncio.run(main())
