# Iterations around asyncio.timeout firing.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def main():
    p("main starts")
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                p("body cancelled")
                raise
    except TimeoutError:
        p("TimeoutError")
    async with asyncio.timeout(5):
        await asyncio.sleep(0)
        p("in time")
    p("done")

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
