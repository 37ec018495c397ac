# Iterations of as_completed over tasks.
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

async def main():
    ts = [asyncio.create_task(job(n, k)) for n, k in (("a", 2), ("b", 0), ("c", 1))]
    p("main iterates")
    for aw in asyncio.as_completed(ts):
        p("got", await aw)

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
