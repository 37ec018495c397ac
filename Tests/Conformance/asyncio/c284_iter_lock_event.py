# Iterations of Lock handover and Event release.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def locker(name, lock):
    async with lock:
        p(name, "has the lock")
        await asyncio.sleep(0)
    p(name, "released")

async def waiter(name, ev):
    await ev.wait()
    p(name, "released by event")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(locker("a", lock), locker("b", lock))
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    ev.set()
    p("set")
    await asyncio.gather(*ws)
    p("done")

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
