# iscoroutinefunction sees through functools.partial; a partial call makes a coroutine.
import asyncio
import functools

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

inc = functools.partial(add, 1)
print(asyncio.iscoroutinefunction(inc))
print(asyncio.iscoroutinefunction(functools.partial(print, 1)))

async def main():
    c = inc(41)
    print(asyncio.iscoroutine(c))
    print(await c)

asyncio.run(main())
