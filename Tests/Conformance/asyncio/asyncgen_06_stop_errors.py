# StopIteration and StopAsyncIteration raised inside the body become RuntimeError
# (PEP 479/525); returning ends iteration normally.
import asyncio


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


async def raises_stop():
    yield 1
    raise StopIteration("inner")


async def returns_early(flag):
    yield "first"
    if flag:
        return
    yield "second"


async def main():
    for maker in (raises_stop_async, raises_stop):
        try:
            async for v in maker():
                print(maker.__name__, "yielded", v)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    print([v async for v in returns_early(True)])
    print([v async for v in returns_early(False)])
    g = returns_early(True)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("end:", repr(e))


asyncio.run(main())
