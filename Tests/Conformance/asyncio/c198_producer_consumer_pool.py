# Producers and consumers with a bounded queue and sentinels; consumers sum their work.
import asyncio

async def producer(name, q, items):
    for i in items:
        await q.put((name, i))
        await asyncio.sleep(0.1 * i)
    print(name, "produced", len(items))

async def consumer(name, q, totals):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        totals[name] = totals.get(name, 0) + item[1]
        await asyncio.sleep(0.25)

async def main():
    q = asyncio.Queue(maxsize=3)
    totals = {}
    consumers = [asyncio.create_task(consumer(f"c{i}", q, totals)) for i in range(2)]
    await asyncio.gather(producer("p1", q, [1, 2, 3]), producer("p2", q, [4, 5]))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print("both consumers stopped")
    await q.join()
    print("total consumed:", sum(totals.values()), "| queue empty:", q.empty())

asyncio.run(main())
