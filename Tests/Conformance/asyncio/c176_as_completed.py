# as_completed yields awaitables in completion order.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return f"{name}@{d}"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    for aw in asyncio.as_completed(tasks):
        r = await aw
        print(r, "at", round(loop.time() - t0, 1))
    results = []
    for aw in asyncio.as_completed([job("x", 0.2), job("y", 0.1)]):
        results.append(await aw)
    print(results)

asyncio.run(main())
