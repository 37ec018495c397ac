# wait(FIRST_COMPLETED) returns as soon as one is done (sets printed sorted by name).
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(d), name=f"j{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending), round(loop.time() - t0, 1))
    done, pending = await asyncio.wait(pending, return_when="FIRST_COMPLETED")
    print(names(done), names(pending), round(loop.time() - t0, 1))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), sorted(t.result() for t in done))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
