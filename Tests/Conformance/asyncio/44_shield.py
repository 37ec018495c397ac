# shield: cancelling the waiter does not cancel the shielded task; results,
# errors and cancellation of the inner pass through to the outer future.
import asyncio

async def precious(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError("inner")
    print("precious done at", delay)
    return "data"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done?", inner.done())
        raise

async def main():
    inner = asyncio.create_task(precious(2))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled())
    print("inner:", await inner)
    print("shield of a done task is it:", asyncio.shield(inner) is inner)
    print(await asyncio.shield(precious(1)))
    try:
        await asyncio.shield(precious(1, True))
    except KeyError as e:
        print("error passes through:", repr(e))
    victim = asyncio.create_task(precious(5))
    outer = asyncio.shield(victim)
    victim.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())
    other = asyncio.create_task(precious(1))
    outer = asyncio.shield(other)
    print("outer.cancel():", outer.cancel(), "| other done:", other.done())
    print(await other)

asyncio.run(main())
