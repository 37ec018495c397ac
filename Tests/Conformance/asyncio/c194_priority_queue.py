# PriorityQueue hands out the smallest item first.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())
    nums = asyncio.PriorityQueue()
    for n in [5, 2, 8, 1, 9, 3]:
        await nums.put(n)
    print([nums.get_nowait() for _ in range(nums.qsize())])

asyncio.run(main())
