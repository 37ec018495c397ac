# Many tasks and many turns: counters advance in lockstep.
import asyncio

counts = [0] * 5

async def spin(i, n):
    for _ in range(n):
        counts[i] += 1
        await asyncio.sleep(0)

async def watcher():
    for turn in range(4):
        print("turn", turn, counts)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(watcher(), *(spin(i, 100) for i in range(5)))
    print(counts)

asyncio.run(main())
