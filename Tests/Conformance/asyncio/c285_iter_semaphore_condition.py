# Iterations of Semaphore and Condition wake-ups.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def user(name, sem):
    async with sem:
        p(name, "in")
        await asyncio.sleep(0)
    p(name, "out")

async def cwait(name, cond):
    async with cond:
        await cond.wait()
        p(name, "woke")

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user("a", sem), user("b", sem), user("c", sem))
    cond = asyncio.Condition()
    ws = [asyncio.create_task(cwait(n, cond)) for n in ("x", "y")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        p("notified")
    await asyncio.gather(*ws)
    p("done")

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
