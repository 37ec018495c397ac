# A bounded pipeline: producers block on put, consumers on get; virtual time shows the pacing.
# (Pauses of 0.5 s, 0.3 s and 1.1 s never end at the same instant, so CPython's own run
# orders its events the same way however busy the machine is.)
import asyncio

async def producer(name, q, n, pause):
    for i in range(n):
        await asyncio.sleep(pause)
        await q.put(f"{name}{i}")
        print(f"t={now():.1f} {name} put {name}{i} (qsize={q.qsize()})")

async def consumer(name, q, work):
    while True:
        item = await q.get()
        print(f"t={now():.1f} {name} takes {item}")
        await asyncio.sleep(work)
        q.task_done()

def now():
    return asyncio.get_running_loop().time() - T0

async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(n, q, 1.1)) for n in ("X", "Y")]
    await asyncio.gather(producer("p", q, 4, 0.5), producer("q", q, 3, 0.3))
    print(f"t={now():.1f} producers done")
    await q.join()
    print(f"t={now():.1f} all work done; empty={q.empty()}")
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
