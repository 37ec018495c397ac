# Several run_in_executor jobs of different lengths overlap with each other
# and with a coroutine that ticks every 0.2 s. (Wide margins: CPython's own
# run must keep this order even on a busy machine.)
import asyncio
import time


def job(name, seconds):
    time.sleep(seconds)
    print(f"  job {name} finished")
    return name.upper()


async def ticker(loop, start):
    for i in range(6):
        await asyncio.sleep(0.2)
        print(f"tick {i}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(loop, start))
    futures = [
        loop.run_in_executor(None, job, "a", 0.5),
        loop.run_in_executor(None, job, "b", 0.3),
        loop.run_in_executor(None, job, "c", 0.9),
    ]
    print("submitted", len(futures), "jobs")
    results = await asyncio.gather(*futures)
    print("results", results, f"after about {round(loop.time() - start)} s")
    await tick
    print("all done")


asyncio.run(main())
