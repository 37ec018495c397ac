# Barrier: parties wait until all have arrived; wait() returns distinct indices.
import asyncio

async def party(name, barrier, d, results):
    await asyncio.sleep(d)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    results[name] = index
    print(name, "passes")

async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties, "broken", b.broken)
    results = {}
    await asyncio.gather(party("a", b, 0.1, results), party("b", b, 0.3, results), party("c", b, 0.2, results))
    print(sorted(results.items()))
    print("n_waiting after", b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
