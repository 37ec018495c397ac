# The same awaitable twice runs once and appears twice; gather() with nothing is done at once.
import asyncio

runs = 0

async def work():
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return runs

async def main():
    c = work()
    print(await asyncio.gather(c, c, c))
    print("runs:", runs)
    t = asyncio.create_task(work())
    print(await asyncio.gather(t, work(), t))
    print("runs:", runs)
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())
    print(await g)

asyncio.run(main())
