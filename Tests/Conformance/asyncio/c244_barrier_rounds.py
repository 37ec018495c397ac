# A Barrier is reusable: parties pass round after round.
import asyncio

async def runner(name, b, pause):
    for r in range(2):
        await asyncio.sleep(pause)
        i = await b.wait()
        print(f"round {r}: {name} passed (index {i})")

async def main():
    b = asyncio.Barrier(2)
    await asyncio.gather(runner("fast", b, 0.1), runner("slow", b, 0.3))
    print("waiting:", b.n_waiting, "broken:", b.broken)

asyncio.run(main())
