# Nested gathers: inner results become one element of the outer list.
import asyncio

async def leaf(n):
    await asyncio.sleep(n / 10)
    print("leaf", n)
    return n

async def branch(ns):
    return await asyncio.gather(*(leaf(n) for n in ns))

async def main():
    print(await asyncio.gather(branch([3, 1]), branch([2]), leaf(0)))
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = asyncio.gather(inner, leaf(3))
    await asyncio.sleep(0.15)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled(), inner.done())

asyncio.run(main())
