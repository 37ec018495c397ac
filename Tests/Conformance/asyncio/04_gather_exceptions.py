# The first exception leaves gather at once while the other children keep
# running; with return_exceptions=True exceptions land in the result list.
import asyncio

async def boom(delay, exc):
    await asyncio.sleep(delay)
    print("raising", repr(exc))
    raise exc

async def slow(delay):
    await asyncio.sleep(delay)
    print("slow finished after", delay)
    return delay

async def main():
    try:
        await asyncio.gather(slow(2), boom(1, ValueError("first")), boom(1.5, KeyError("second")))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(2)
    results = await asyncio.gather(slow(0.1), boom(0.2, RuntimeError("kept")), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])

asyncio.run(main())
