# Iterations of TaskGroup: children, the exit wait, and an abort.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def job(name, turns, fail=False):
    try:
        for _ in range(turns):
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        p(name, "cancelled")
        raise
    p(name, "ends")
    if fail:
        raise ValueError(name)

async def main():
    p("main starts")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("a", 2))
        tg.create_task(job("b", 0))
        p("body ends")
    p("group done")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 5))
            tg.create_task(job("d", 1, True))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        p("caught", repr(eg))

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
