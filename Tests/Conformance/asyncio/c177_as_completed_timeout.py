# as_completed(timeout=...): the ones not finished in time raise TimeoutError.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job(d)) for d in (0.2, 3, 0.4, 5)]
    for aw in asyncio.as_completed(tasks, timeout=1):
        try:
            print("result", await aw, "at", round(loop.time() - t0, 1))
        except TimeoutError:
            print("TimeoutError at", round(loop.time() - t0, 1))
    print("slow ones still running:", [t.done() for t in tasks])
    for t in tasks:
        t.cancel()

asyncio.run(main())
