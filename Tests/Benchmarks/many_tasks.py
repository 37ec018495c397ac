# Ten thousand tasks under one gather: the event loop's scheduling at scale.
# `looplab run --timeline many_tasks.py` charts them in one screen (Tests/Benchmarks/run.py
# times that too).
import asyncio


async def count(i):
    await asyncio.sleep(1)
    return i % 7


async def main():
    results = await asyncio.gather(*(count(i) for i in range(10_000)))
    print(sum(results))


asyncio.run(main())
