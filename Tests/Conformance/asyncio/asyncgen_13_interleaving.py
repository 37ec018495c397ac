# Two async generators consumed by concurrent tasks on the virtual clock.
import asyncio


async def sensor(name, period, count):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(count):
        await asyncio.sleep(period)
        yield name, i, round((loop.time() - start) * 20) / 20


async def consume(name, period, count, log):
    async for reading in sensor(name, period, count):
        log.append(reading)
        print("reading", reading)


async def main():
    log = []
    await asyncio.gather(consume("fast", 0.1, 4, log), consume("slow", 0.25, 2, log))
    print(len(log), "readings")
    merged = sensor("merged", 0.05, 3)
    first = await anext(merged)
    second, third = await asyncio.gather(anext(merged, None), asyncio.sleep(0.01, "slept"))
    print(first, second, third)


asyncio.run(main())
