# Subscripted queue types in annotations, classes' modules, and the address-free part of reprs.
import asyncio

def tail(obj):
    text = repr(obj)
    return text.split(" object at ")[0] + " ... [" + text.rsplit("[", 1)[1]

async def worker(q: asyncio.Queue[int], lock: asyncio.Lock) -> int:
    async with lock:
        return await q.get() * 2

async def main():
    q: asyncio.Queue[int] = asyncio.Queue[int](maxsize=4)
    print(type(q).__name__, q.maxsize)
    print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]].__origin__.__name__)
    q.put_nowait(21)
    print(await worker(q, asyncio.Lock()))
    for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
                asyncio.BoundedSemaphore, asyncio.Barrier, asyncio.Queue, asyncio.LifoQueue,
                asyncio.QueueEmpty, asyncio.BrokenBarrierError):
        print(cls)
    print(tail(asyncio.Lock()), tail(asyncio.Event()), tail(asyncio.Condition()))
    print(tail(asyncio.Semaphore(3)), tail(asyncio.BoundedSemaphore(0)), tail(asyncio.Barrier(2)))
    r = repr(asyncio.Queue(2))
    print(r.startswith("<Queue at 0x"), r.endswith(" maxsize=2>"))
    class C:
        pass
    try:
        C[int]
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
