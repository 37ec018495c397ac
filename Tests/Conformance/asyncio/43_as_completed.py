# as_completed yields awaitables delivering results in completion order;
# after the timeout the remaining ones raise TimeoutError.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 3), ("b", 1), ("c", 2))]
    for aw in asyncio.as_completed(tasks):
        print(await aw, round(loop.time() - start, 1))
    tasks = [asyncio.create_task(job("x", 1)), asyncio.create_task(job("y", 2, True))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("got", await aw)
        except RuntimeError as e:
            print("error", repr(e))
    for aw in asyncio.as_completed([job("only", 1)]):
        print("coroutine argument:", await aw)
    slow = [asyncio.create_task(job("p", 1)), asyncio.create_task(job("q", 5))]
    results = []
    try:
        for aw in asyncio.as_completed(slow, timeout=2):
            results.append(await aw)
    except TimeoutError as e:
        print("timeout after", results, repr(e), round(loop.time() - start, 1))
    print("q still running:", not slow[1].done())
    slow[1].cancel()
    it = asyncio.as_completed(slow)
    print(type(it).__name__)
    try:
        next(asyncio.as_completed(slow[0]))
    except TypeError as e:
        print(e)

asyncio.run(main())
