# Iterations: sleep(0) is one turn, sleep(d) two once due, awaiting a task one more.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def child(d):
    p("child starts")
    await asyncio.sleep(d)
    p("child returns")
    return d

async def main():
    p("main starts")
    await asyncio.sleep(0)
    p("after sleep(0)")
    await asyncio.sleep(0.1)
    p("after sleep(0.1)")
    t = asyncio.create_task(child(0))
    p("created child")
    p("main got", await t)
    p("main got", await asyncio.create_task(child(0.1)))

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
