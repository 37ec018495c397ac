# Queue: nowait operations, sizes, QueueFull/QueueEmpty, task_done and join, str().
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q), q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "")
    print(str(q))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join returns at once when nothing is unfinished")
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    neg = asyncio.Queue(-3)
    neg.put_nowait(1)
    print("negative maxsize never full:", neg.full(), neg.maxsize)
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__name__)

    async def worker():
        while True:
            item = await unbounded.get()
            unbounded.task_done()
            if item == 99:
                print("worker done; unfinished:", unbounded._unfinished_tasks)
                return
    w = asyncio.create_task(worker())
    await unbounded.join()
    print("joined", w.done())
    await w

asyncio.run(main())
