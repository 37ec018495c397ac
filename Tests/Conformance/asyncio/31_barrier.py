# Barrier: parties, indexes, draining, reset and abort (BrokenBarrierError).
import asyncio

def st(b):
    return repr(b).rsplit("[", 1)[1]

async def party(name, b, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives; {st(b)} n_waiting={b.n_waiting}")
    i = await b.wait()
    print(f"{name} passes with index {i}; {st(b)}")
    return i

async def main():
    b = asyncio.Barrier(3)
    print(st(b), b.parties, b.broken)
    r = await asyncio.gather(*(party(n, b, d) for n, d in (("a", 0.1), ("b", 0.2), ("c", 0.3), ("d", 0.4), ("e", 0.4), ("f", 0.5))))
    print(r, st(b))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(party("x", b, 0))
    await asyncio.sleep(0.1)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, isinstance(e, RuntimeError), st(b))
    t = asyncio.create_task(party("y", b, 0))
    await asyncio.sleep(0.1)
    await b.abort()
    print(b.broken, st(b))
    for coro in (t, b.wait()):
        try:
            await coro
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)
    async with asyncio.Barrier(1) as idx:
        print("async with ->", idx)
    print(asyncio.BrokenBarrierError)

asyncio.run(main())
