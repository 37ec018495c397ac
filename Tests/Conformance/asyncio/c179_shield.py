# shield: cancelling the waiter does not cancel the shielded work.
import asyncio

async def precious():
    await asyncio.sleep(2)
    print("precious finished")
    return "data"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done?", inner.done())
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    inner = asyncio.create_task(precious())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller cancelled:", c.cancelled(), "at", round(loop.time() - t0, 1))
    print("inner result:", await inner, "at", round(loop.time() - t0, 1))

asyncio.run(main())
