# Blocked producers are released one by one as items are taken.
import asyncio

async def producer(name, q):
    print(name, "puts")
    await q.put(name)
    print(name, "put done")

async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    ps = [asyncio.create_task(producer(n, q)) for n in ("p1", "p2")]
    await asyncio.sleep(0)
    print("full:", q.full())
    for _ in range(3):
        print("take", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print("empty:", q.empty())

asyncio.run(main())
