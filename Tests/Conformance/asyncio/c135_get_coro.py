# get_coro returns the coroutine object the task drives.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x

async def main():
    c = work(5)
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(t.get_coro().__name__, t.get_coro().__qualname__)
    print(asyncio.iscoroutine(t.get_coro()))
    print(await t)
    print(t.get_coro() is c)
    me = asyncio.current_task()
    print(me.get_coro().__name__)

asyncio.run(main())
