# Scheduling: 10,000 tasks each taking 100 turns of the loop with sleep(0).
# sleep(0) never waits (no timer), so both interpreters measure pure task
# stepping: 1,000,000 steps through the ready queue.
import asyncio

TASKS = 10_000
STEPS = 100


async def worker(i, counts):
    total = 0
    for step in range(STEPS):
        total += (i * 31 + step) % 7
        await asyncio.sleep(0)
    counts[i % 10] += 1
    return total


async def main():
    counts = [0] * 10
    tasks = [asyncio.create_task(worker(i, counts)) for i in range(TASKS)]
    results = await asyncio.gather(*tasks)
    print("tasks", len(results), "counts", counts)
    print("checksum", sum(results) % 1_000_000_007)


asyncio.run(main())
