# Async generators driven by tasks: wait_for on anext(), a task over asend(),
# TaskGroup consumers that break early, a consumer cancelled mid-iteration.
import asyncio

class CM:
    def __init__(self, tag): self.tag = tag
    async def __aenter__(self):
        print(self.tag, "enter"); return self
    async def __aexit__(self, *exc):
        print(self.tag, "exit", exc[0].__name__ if exc[0] else None)
        await asyncio.sleep(0)
        print(self.tag, "exit done")

async def ticks(tag, n, delay=0.1):
    async with CM(tag):
        for i in range(n):
            await asyncio.sleep(delay)
            yield i

async def spinner():
    for i in range(8):
        print("spin", i)
        await asyncio.sleep(0)

async def main():
    sp = asyncio.create_task(spinner())
    g = ticks("wf", 5, 1)
    try:
        print(await asyncio.wait_for(anext(g), 0.5))
    except asyncio.TimeoutError:
        print("timeout; ag_running", g.ag_running)
    t = asyncio.ensure_future(ticks("ef", 2).asend(None))
    print(t.get_name(), await t)
    async with asyncio.TaskGroup() as tg:
        async def consume(tag):
            async for v in ticks(tag, 3):
                print(tag, v)
                if v == 1:
                    break
            print(tag, "left")
        tg.create_task(consume("A"))
        tg.create_task(consume("B"))
    async def victim():
        async for v in ticks("victim", 10):
            print("victim got", v)
    vt = asyncio.create_task(victim())
    await asyncio.sleep(0.25)
    vt.cancel()
    try:
        await vt
    except asyncio.CancelledError:
        print("victim cancelled")
    await sp

asyncio.run(main())
print("end")
