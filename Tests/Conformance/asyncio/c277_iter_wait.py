# Iterations of asyncio.wait in each mode.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def job(name, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    p(name, "ends")
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(n, k), name=n) for n, k in (("a", 3), ("b", 1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    p("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    p("ALL_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    p("again, all done already", names(done))
    t = asyncio.create_task(job("slow", 50), name="slow")
    done, pending = await asyncio.wait([t], timeout=0)
    p("timeout=0", names(done), names(pending))
    await t

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
