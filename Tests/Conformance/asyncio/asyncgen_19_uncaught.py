# An async generator that ignores GeneratorExit: aclose() raises RuntimeError,
# which here escapes asyncio.run.
import asyncio


async def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")


async def main():
    g = stubborn()
    print(await anext(g))
    await g.aclose()


asyncio.run(main())
