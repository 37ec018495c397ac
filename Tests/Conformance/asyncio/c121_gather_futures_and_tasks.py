# gather mixes plain futures, tasks and coroutines.
import asyncio

async def later(fut, value, d):
    await asyncio.sleep(d)
    fut.set_result(value)
    print("set", value)

async def coro():
    await asyncio.sleep(0.2)
    print("coro done")
    return "coro"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    asyncio.create_task(later(f, "future", 0.3))
    t = asyncio.create_task(coro())
    res = await asyncio.gather(f, t, coro(), asyncio.sleep(0.1, "sleep"))
    print(res)
    g = asyncio.gather(f, t)
    await asyncio.sleep(0)
    print("gather of done things done after a turn?", g.done())
    print(await g)

asyncio.run(main())
