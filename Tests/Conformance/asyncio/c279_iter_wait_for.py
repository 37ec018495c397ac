# Iterations of wait_for when the work wins and when the timeout wins.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def work(turns, d=0):
    p("work starts")
    try:
        for _ in range(turns):
            await asyncio.sleep(0)
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        p("work cancelled")
        raise
    p("work returns")
    return turns

async def main():
    p("main starts")
    p("got", await asyncio.wait_for(work(2), 1))
    try:
        await asyncio.wait_for(work(0, 5), 0.1)
    except TimeoutError:
        p("TimeoutError")
    p("got", await asyncio.wait_for(work(1), None))

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
