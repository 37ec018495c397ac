# wait(timeout=...) returns what is done by then and cancels nothing.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(d), name=f"t{d}") for d in (0.5, 1.5, 2.5)]
    done, pending = await asyncio.wait(ts, timeout=1)
    print(names(done), names(pending), round(loop.time() - t0, 1))
    print("cancelled any?", any(t.cancelled() for t in ts))
    done, pending = await asyncio.wait(ts, timeout=10)
    print(names(done), names(pending), round(loop.time() - t0, 1))
    done, pending = await asyncio.wait(ts, timeout=0)
    print("all done already:", len(done), len(pending), round(loop.time() - t0, 1))

asyncio.run(main())
