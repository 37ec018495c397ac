# wait(timeout=0) returns without waiting for pending work.
import asyncio

async def job(d):
    await asyncio.sleep(d)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(d)) for d in (0, 1)]
    done, pending = await asyncio.wait(ts, timeout=0)
    print(len(done), len(pending), round(loop.time() - t0, 1))
    await asyncio.sleep(0)
    done, pending = await asyncio.wait(ts, timeout=0)
    print(len(done), len(pending), round(loop.time() - t0, 1))
    ts[1].cancel()

asyncio.run(main())
