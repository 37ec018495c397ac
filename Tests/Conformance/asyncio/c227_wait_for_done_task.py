# wait_for on work that finishes at once, and on a task that already finished.
import asyncio

async def instant():
    return "instant"

async def main():
    t = asyncio.create_task(instant())
    await asyncio.sleep(0)
    print("task done already:", t.done())
    print(await asyncio.wait_for(t, 1))
    print(await asyncio.wait_for(instant(), 1))
    print(await asyncio.wait_for(asyncio.sleep(0, "zero sleep"), 0.5))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(asyncio.sleep(0.1, "short"), 100), round(loop.time() - t0, 1))

asyncio.run(main())
