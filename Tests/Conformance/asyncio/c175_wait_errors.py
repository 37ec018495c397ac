# wait's argument checks.
import asyncio

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    cases = [
        ("empty", lambda: asyncio.wait([])),
        ("bad mode", lambda: asyncio.wait([f], return_when="SOMETIMES")),
        ("a future", lambda: asyncio.wait(f)),
    ]
    for label, make in cases:
        try:
            await make()
        except (ValueError, TypeError) as e:
            print(label, "->", type(e).__name__, e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("coroutine ->", e)
    c.close()
    done, pending = await asyncio.wait([f, f])
    print(len(done), len(pending))

asyncio.run(main())
