# athrow: the exception appears at the suspended yield; the generator may handle
# it and yield again (athrow's result) or let it propagate.
import asyncio


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", repr(e))
            n += 100
        n += 1


async def fragile():
    try:
        yield 1
    finally:
        print("fragile finally")


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("one")))
    print(await g.athrow(ValueError, ValueError("two")))
    print(await g.athrow(ValueError, "three", None))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("boom"))
    except KeyError as e:
        print("propagated", repr(e))
    print("closed now:", g.ag_frame is None)
    print(await g.athrow(KeyError("again")))
    f = fragile()
    try:
        await f.athrow(RuntimeError("before start"))
    except RuntimeError as e:
        print("fresh generator:", e)
    f = fragile()
    await f.__anext__()
    try:
        await f.athrow(TypeError)
    except TypeError as e:
        print("type instantiated:", repr(e))
    for args in [(), (1,), (ValueError, 1, None, 4)]:
        try:
            await resilient().athrow(*args)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
