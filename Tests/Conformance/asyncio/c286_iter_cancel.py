# Iterations of cancellation: before start, while waiting, through an awaited task.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        p(name, "cancelled")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        p("outer cancelled")
        raise

async def main():
    a = asyncio.create_task(sleeper("a"))
    a.cancel()
    b = asyncio.create_task(sleeper("b"))
    await asyncio.sleep(0)
    b.cancel()
    p("cancel requested")
    await asyncio.gather(a, b, return_exceptions=True)
    p("a and b done", a.cancelled(), b.cancelled())
    i = asyncio.create_task(sleeper("inner"))
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    p("outer done", i.cancelled(), o.cancelled())

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
