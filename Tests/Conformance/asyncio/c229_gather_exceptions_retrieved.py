# With return_exceptions the exceptions are values; several failures, no crash.
import asyncio

async def maybe(i):
    await asyncio.sleep(0.01 * i)
    if i % 2:
        raise ValueError(i)
    return i

async def main():
    results = await asyncio.gather(*(maybe(i) for i in range(6)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [r.args[0] for r in results if isinstance(r, Exception)]
    print("ok", ok, "bad", bad)
    try:
        await asyncio.gather(*(maybe(i) for i in range(6)))
    except ValueError as e:
        print("first failure:", e)
    await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
