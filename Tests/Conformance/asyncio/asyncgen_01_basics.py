# Async generators: iteration with async for, the object's names and kind.
import asyncio
import inspect


async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0)
        n -= 1


class Box:
    async def items(self):
        yield "a"
        yield "b"


async def main():
    g = countdown(3)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(inspect.isasyncgen(g), inspect.isasyncgenfunction(countdown))
    print(inspect.iscoroutine(g), inspect.isasyncgenfunction(main))
    print(g.__aiter__() is g)
    async for n in g:
        print("got", n)
    async for n in g:
        print("never printed", n)
    print("exhausted again: nothing")
    b = Box().items()
    print(b.__qualname__)
    print([x async for x in b])
    b.__name__ = "renamed"
    print(b.__name__, b.__qualname__)
    anext_awaitable = countdown(1).__anext__()
    print(type(anext_awaitable).__name__)
    print(await anext_awaitable)


asyncio.run(main())
