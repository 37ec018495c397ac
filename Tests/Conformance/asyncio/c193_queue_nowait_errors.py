# put_nowait/get_nowait raise QueueFull/QueueEmpty (with empty messages).
import asyncio

async def main():
    q = asyncio.Queue(2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)), q.qsize(), q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)), q.empty())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print("unbounded:", u.qsize(), u.full(), u.maxsize)
    z = asyncio.Queue(maxsize=-1)
    z.put_nowait(1)
    print("negative maxsize is unbounded:", z.full())

asyncio.run(main())
