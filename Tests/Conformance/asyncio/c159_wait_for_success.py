# wait_for returns the result when the work beats the timeout.
import asyncio

async def work(d, v):
    await asyncio.sleep(d)
    return v

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(work(0.5, "fast"), timeout=1))
    print("t =", round(loop.time() - t0, 1))
    print(await asyncio.wait_for(work(0.2, "none"), None))
    t = asyncio.create_task(work(0.1, "task"))
    print(await asyncio.wait_for(t, 5))
    f = loop.create_future()
    loop.call_later(0.3, f.set_result, "future")
    print(await asyncio.wait_for(f, 1))
    print("t =", round(loop.time() - t0, 1))

asyncio.run(main())
