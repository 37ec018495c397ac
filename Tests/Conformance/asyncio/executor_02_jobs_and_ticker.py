# Several run_in_executor jobs of different lengths overlap with each other
# and with a coroutine that ticks every 0.1 s.
import asyncio
import time


def job(name, seconds):
    time.sleep(seconds)
    print(f"  job {name} finished")
    return name.upper()


async def ticker(loop, start):
    for i in range(6):
        await asyncio.sleep(0.1)
        print(f"tick {i} at {loop.time() - start:.1f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(loop, start))
    futures = [
        loop.run_in_executor(None, job, "a", 0.25),
        loop.run_in_executor(None, job, "b", 0.15),
        loop.run_in_executor(None, job, "c", 0.45),
    ]
    print("submitted", len(futures), "jobs")
    results = await asyncio.gather(*futures)
    print("results", results, f"after {loop.time() - start:.1f}")
    await tick
    print("all done")


asyncio.run(main())
