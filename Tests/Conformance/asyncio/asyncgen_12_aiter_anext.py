# The aiter() and anext() builtins, anext's default, and their errors.
import asyncio


async def letters():
    yield "a"
    await asyncio.sleep(0)
    yield "b"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class BadAiter:
    def __aiter__(self):
        return 1


async def main():
    g = letters()
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("no default: StopAsyncIteration")
    c = Countdown(2)
    print(await anext(c), await anext(c, "x"), await anext(c, "x"))
    pending = anext(letters(), None)
    print(type(pending).__name__)
    print(await pending)
    try:
        await pending
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in (1, [1], BadAiter()):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)
    for args in ((), (g, 1, 2)):
        try:
            anext(*args)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
