# aclose(): GeneratorExit at the yield; the finally block may await; a generator
# that keeps yielding is an error.
import asyncio


async def careful(tag):
    try:
        yield 1
        yield 2
    finally:
        start = asyncio.get_running_loop().time()
        print(tag, "cleanup starts")
        await asyncio.sleep(0.5)
        print(tag, "cleanup took", asyncio.get_running_loop().time() - start >= 0.5)


async def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return


async def main():
    g = careful("g")
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    never = careful("never started")
    await never.aclose()
    print("unstarted: no cleanup ran")
    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = catches_and_returns()
    await c.__anext__()
    print(await c.aclose())
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")


asyncio.run(main())
