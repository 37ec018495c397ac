# Iterations of shield: result arrives one turn later through the outer future.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def inner():
    p("inner starts")
    await asyncio.sleep(0)
    p("inner returns")
    return "x"

async def main():
    p("main starts")
    p("got", await asyncio.shield(inner()))
    t = asyncio.create_task(inner())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    s.cancel()
    p("outer cancelled; inner done?", t.done())
    p("inner result", await t)

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
