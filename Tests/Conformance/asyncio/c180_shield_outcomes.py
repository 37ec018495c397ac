# shield passes through results, exceptions and inner cancellation.
import asyncio

async def ok():
    await asyncio.sleep(0.1)
    return "ok"

async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("bad")

async def slow():
    await asyncio.sleep(5)

async def main():
    print(await asyncio.shield(ok()))
    try:
        await asyncio.shield(bad())
    except KeyError as e:
        print("exception passes:", repr(e))
    inner = asyncio.create_task(slow())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(1)
    print("done future is returned as is:", asyncio.shield(done) is done)

asyncio.run(main())
