# The classic demo: three count() coroutines under gather.
import asyncio

async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")
    return "counted"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(count(), count(), count())
    print(results)
    print(f"executed in {loop.time() - t0:0.1f} seconds.")

asyncio.run(main())
