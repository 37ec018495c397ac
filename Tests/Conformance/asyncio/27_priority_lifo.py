# PriorityQueue (heap order, ties by the rest of the tuple) and LifoQueue (stack order).
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e"), (0, "z"), (2, "B"), (4, "d")]:
        await pq.put(item)
    print(str(pq))
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    nums = asyncio.PriorityQueue()
    for x in [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]:
        nums.put_nowait(x)
    print([nums.get_nowait() for _ in range(4)], nums.qsize())
    nums.put_nowait(-1)
    print([nums.get_nowait() for _ in range(nums.qsize())])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        lq.put_nowait(x)
    print(str(lq), lq.full())
    try:
        lq.put_nowait("d")
    except asyncio.QueueFull:
        print("LifoQueue full")
    print(lq.get_nowait(), lq.get_nowait(), lq.get_nowait())
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))

    async def getter(q, name):
        print(name, "got", await q.get())
    ts = [asyncio.create_task(getter(pq, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in [(2, "two"), (1, "one"), (3, "three")]:
        pq.put_nowait(item)
    await asyncio.gather(*ts)

asyncio.run(main())
