# Iterations at asyncio teardown: the main task's last turn, then cancellation.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def bg():
    try:
        while True:
            p("bg tick")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        p("bg cancelled")
        await asyncio.sleep(0)
        p("bg cleanup done")
        raise

async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p("main returns")

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
