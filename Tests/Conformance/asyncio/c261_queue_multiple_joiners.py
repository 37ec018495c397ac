# Several tasks can join() one queue; all wake when the count reaches zero.
import asyncio

async def joiner(name, q):
    await q.join()
    print(name, "joined")

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(n, q)) for n in ("j1", "j2")]
    for _ in range(3):
        item = await q.get()
        await asyncio.sleep(0.1)
        print("processed", item)
        q.task_done()
    await asyncio.gather(*js)

asyncio.run(main())
