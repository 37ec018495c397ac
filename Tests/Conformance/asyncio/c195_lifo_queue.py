# LifoQueue hands out the most recent item first.
import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await q.put(i)
    print("full?", q.full())
    try:
        q.put_nowait(99)
    except asyncio.QueueFull:
        print("QueueFull")
    print([await q.get() for _ in range(3)])
    q.put_nowait("x")
    q.put_nowait("y")
    print(q.get_nowait(), q.qsize())

asyncio.run(main())
