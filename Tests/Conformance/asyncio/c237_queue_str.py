# str() of queues shows maxsize, items, waiters and unfinished tasks.
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    q.task_done()
    print(str(q))
    waiter = asyncio.create_task(asyncio.Queue(1).get())
    e = asyncio.Queue(2)
    getters = [asyncio.create_task(e.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(e))
    p = asyncio.PriorityQueue(3)
    for x in (5, 1, 3):
        p.put_nowait(x)
    print(str(p))
    putter = asyncio.create_task(p.put(0))
    await asyncio.sleep(0)
    print(str(p))
    print(str(asyncio.LifoQueue(maxsize=4)))
    for t in getters + [waiter, putter]:
        t.cancel()

asyncio.run(main())
