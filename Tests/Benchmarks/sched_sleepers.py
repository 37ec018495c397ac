# Scheduling: 100,000 concurrent tasks, each sleeping a short deterministic
# delay and finishing, all gathered. The engine's clock is virtual, so its
# sleeps cost no wall time; CPython's are real, so the delays are kept tiny
# (at most 9 ms, and the tasks sleep concurrently) and CPython's wall time is
# dominated by scheduling work: task creation, the timer heap, wake-ups, gather.
# Peak memory shows what each sleeping task costs.
import asyncio

TASKS = 100_000


async def sleeper(i):
    await asyncio.sleep(0.001 * (i % 10))
    return i % 97


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(TASKS)))
    print("tasks", len(results))
    print("checksum", sum(results) % 1_000_000_007)


asyncio.run(main())
