# Callbacks added before the awaiter run before it; ones added after run after it.
import asyncio

async def work():
    await asyncio.sleep(0)
    print("work returns")
    return 1

async def watcher(t):
    await t
    print("watcher task resumed")

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: print("cb before"))
    w = asyncio.create_task(watcher(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb after watcher"))
    await t
    print("main resumed")
    await w

asyncio.run(main())
