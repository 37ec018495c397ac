# A get() abandoned by wait_for leaves no waiter behind.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print("get timed out; getters left:", str(q))
    q.put_nowait("later")
    print(await asyncio.wait_for(q.get(), 0.1))
    full = asyncio.Queue(1)
    full.put_nowait(0)
    try:
        await asyncio.wait_for(full.put(1), 0.1)
    except TimeoutError:
        print("put timed out;", str(full))

asyncio.run(main())
