# asend(v): the value becomes the result of the suspended yield expression.
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            continue
        total += value


async def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.__anext__())
    print(await acc.asend(1))
    e = echo()
    try:
        await e.asend("too early")
    except TypeError as exc:
        print("TypeError:", exc)
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.asend(42))
    await acc.aclose()
    await e.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")


asyncio.run(main())
