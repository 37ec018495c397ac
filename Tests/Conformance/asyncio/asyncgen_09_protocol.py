# async for over classes implementing __aiter__/__anext__, and its errors.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class NoAnext:
    def __aiter__(self):
        return 42


class SyncAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return "not awaitable"


class RaisesInside:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from __anext__")


async def main():
    async for i in Ticker(3):
        print("tick", i)
    print([i async for i in Ticker(2)])
    cases = [5, [1, 2], Ticker, NoAnext(), SyncAnext(), RaisesInside()]
    for obj in cases:
        try:
            async for _ in obj:
                pass
        except (TypeError, KeyError) as e:
            print(type(e).__name__, e)
    try:
        print([x async for x in 5])
    except TypeError as e:
        print("comprehension:", e)
    try:
        for _ in Ticker(1):
            pass
    except TypeError as e:
        print("plain for:", e)


asyncio.run(main())
