# Iterations of gather: children start next turn; results two turns after the last one ends.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def job(name, turns, fail=False):
    for _ in range(turns):
        await asyncio.sleep(0)
    p(name, "ends")
    if fail:
        raise ValueError(name)
    return name

async def main():
    p("main starts")
    p(await asyncio.gather(job("a", 2), job("b", 0)))
    p(await asyncio.gather(job("c", 1), job("d", 0, True), return_exceptions=True))
    try:
        await asyncio.gather(job("e", 3), job("f", 1, True))
    except ValueError as e:
        p("caught", e)
    await asyncio.sleep(0.1)
    p("done")

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
