# join() waits until every item got a task_done().
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "finished", item)
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue()
    for d in (0.3, 0.1, 0.25, 0.1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("joined at", round(loop.time() - t0, 1))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    await q.join()
    print("join on a finished queue returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
