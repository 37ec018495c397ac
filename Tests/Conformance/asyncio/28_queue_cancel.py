# Cancelled getters and putters, get() under wait_for, and a woken getter losing its item.
import asyncio

def fmt(q):
    return str(q)

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except TimeoutError:
        print("get timed out;", fmt(q))
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(fmt(q))
    g1.cancel()
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled(), fmt(q))
    q.put_nowait("x")
    print("g2 got", await g2)
    # woken, then cancelled before running: the wake-up passes to the next getter
    g3 = asyncio.create_task(q.get())
    g4 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("y")
    g3.cancel()
    print("g4 got", await g4, "| g3 cancelled:", g3.cancelled())
    # putters
    full = asyncio.Queue(1)
    full.put_nowait(0)
    p1 = asyncio.create_task(full.put(1))
    p2 = asyncio.create_task(full.put(2))
    await asyncio.sleep(0)
    print(fmt(full))
    p1.cancel()
    print("got", full.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(fmt(full), p2.done(), p1.cancelled())
    print("got", await full.get())
    try:
        await asyncio.wait_for(full.join(), 1)
    except TimeoutError:
        print("join timed out:", fmt(full))

asyncio.run(main())
