# contextlib.asynccontextmanager and aclosing.
import asyncio
from contextlib import asynccontextmanager, aclosing


@asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0.1)
    try:
        yield f"<{name}>"
    except KeyError as e:
        print("handled inside", repr(e))
    finally:
        await asyncio.sleep(0.1)
        print("disconnect", name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


@connection("decorator")
async def job(x):
    print("job runs with", x)
    return x + 1


async def stream():
    try:
        for i in range(10):
            yield i
    finally:
        print("stream closed")


async def main():
    start = asyncio.get_running_loop().time()
    async with connection("db") as c:
        print("using", c)
    async with connection("cache"):
        raise KeyError("missing")
    print("after cache")
    try:
        async with connection("api"):
            raise ValueError("bad")
    except ValueError as e:
        print("propagated", repr(e))
    for factory in (no_yield, yields_twice):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await job(41))
    async with aclosing(stream()) as s:
        async for i in s:
            if i == 2:
                break
    print("after aclosing, elapsed", round(asyncio.get_running_loop().time() - start, 1))


asyncio.run(main())
