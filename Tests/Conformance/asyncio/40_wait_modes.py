# asyncio.wait: the three return_when modes, a timeout that cancels nothing,
# and sets of done/pending futures (sorted before printing).
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    def now():
        return round(loop.time() - start, 1)
    tasks = [asyncio.create_task(job(n, d, n == "b"), name=n)
             for n, d in (("a", 3), ("b", 1), ("c", 2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending), now())
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("timeout:", names(done), names(pending), now())
    print("none cancelled:", not any(t.cancelled() for t in tasks))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), now())
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), names(pending), now())
    print(type(done).__name__, type(pending).__name__)
    print([repr(t.exception()) if t.exception() else t.result() for t in tasks])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
