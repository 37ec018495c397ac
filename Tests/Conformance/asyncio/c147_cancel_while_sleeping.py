# Cancel lands at the await; finally blocks run; timing is virtual.
import asyncio

async def sleeper():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        print("sleeping 10s")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled after", round(loop.time() - t0, 1))
        raise
    finally:
        print("finally runs")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1.5)
    t.cancel()
    print("cancel requested; done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw it at", round(loop.time() - t0, 1))

asyncio.run(main())
