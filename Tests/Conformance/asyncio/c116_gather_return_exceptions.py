# return_exceptions=True puts exceptions in the list in argument order.
import asyncio

async def ok(v, d):
    await asyncio.sleep(d)
    return v

async def bad(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    res = await asyncio.gather(ok(1, 0.3), bad(ValueError("v"), 0.1), ok(3, 0.2),
                               bad(KeyError("k"), 0), return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res])
    res = await asyncio.gather(bad(ZeroDivisionError("z"), 0), return_exceptions=True)
    print(repr(res[0]), res[0].args)

asyncio.run(main())
