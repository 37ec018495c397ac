# Async comprehensions: async for and await inside list/set/dict comprehensions
# and async generator expressions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    start = asyncio.get_running_loop().time()
    print([x async for x in numbers(4)])
    print({x % 2 async for x in numbers(5)})
    print({x: x * x async for x in numbers(3)})
    print([x async for x in numbers(6) if x % 2])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in numbers(3) if await double(x) > 0])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    print([[y async for y in numbers(x)] async for x in numbers(3)])
    squares = (x * x async for x in numbers(4))
    print(type(squares).__name__, squares.__name__)
    print([s async for s in squares])
    lazy = (await double(x) for x in range(3))
    print(type(lazy).__name__)
    async for v in lazy:
        print("lazy", v)
    print("elapsed", round(asyncio.get_running_loop().time() - start, 1))


def sync_builder():
    # An async generator expression can be created outside async code.
    return (x async for x in numbers(2))


async def consume():
    print([x async for x in sync_builder()])


asyncio.run(main())
asyncio.run(consume())
