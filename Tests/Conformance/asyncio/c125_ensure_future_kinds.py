# ensure_future: futures pass through, coroutines and awaitables become tasks.
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"

async def coro():
    return "from coro"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("future passes through:", asyncio.ensure_future(f) is f)
    t = asyncio.create_task(coro())
    print("task passes through:", asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(coro())
    print("coroutine ->", type(t2).__name__, t2.get_name())
    t3 = asyncio.ensure_future(Awaitable())
    print("awaitable ->", type(t3).__name__, t3.get_name())
    print(await t2, "|", await t3)
    for bad in (5, "text", None, [1]):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    f.cancel()

asyncio.run(main())
