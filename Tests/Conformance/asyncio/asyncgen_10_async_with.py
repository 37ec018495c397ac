# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__,
# a true result suppresses; protocol errors.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, kind, exc, tb):
        print("exit", self.name, kind.__name__ if kind else None, repr(exc))
        await asyncio.sleep(0)
        return self.suppress


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return 2


class OnlyEnter:
    async def __aenter__(self):
        return 1


async def main():
    async with Resource("a") as v:
        print("body", v)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after b")
    try:
        async with Resource("c"), Resource("d"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    for obj in [1, "s", SyncEnter(), SyncExit(), OnlyEnter()]:
        try:
            async with obj:
                print("inside with", type(obj).__name__)
        except TypeError as e:
            print("TypeError:", e)
    try:
        with Resource("sync"):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
