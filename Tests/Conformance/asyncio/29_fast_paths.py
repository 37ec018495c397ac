# Primitives that can proceed never suspend; ones that wait cost exactly one iteration after the wake-up.
import asyncio

log = []

async def ticker():
    for i in range(8):
        log.append(f"tick{i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    lock, ev, sem, q = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(3), asyncio.Queue(3)
    ev.set()
    for i in range(3):
        await lock.acquire()
        await ev.wait()
        await sem.acquire()
        await q.put(i)
        log.append(f"main {await q.get()}")
        lock.release()
    log.append("no switch yet")
    ev.clear()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    log.append("event waited")
    q2 = asyncio.Queue()
    asyncio.get_running_loop().call_soon(q2.put_nowait, "v")
    log.append(f"got {await q2.get()}")
    await t
    print("\n".join(log))

asyncio.run(main())
