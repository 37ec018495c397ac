# Barrier.abort breaks the barrier for waiters and later arrivals.
import asyncio

async def party(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError", repr(str(e)))

async def main():
    b = asyncio.Barrier(3)
    t = [asyncio.create_task(party(n, b)) for n in ("p1", "p2")]
    await asyncio.sleep(0.1)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*t)
    print("broken:", b.broken)
    await party("late", b)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
