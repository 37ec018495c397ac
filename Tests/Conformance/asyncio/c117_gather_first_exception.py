# Without return_exceptions the first failure propagates; siblings keep running.
import asyncio

async def boom(d, msg):
    await asyncio.sleep(d)
    print("raising", msg)
    raise RuntimeError(msg)

async def steady(d):
    await asyncio.sleep(d)
    print("steady finished at", d)
    return d

async def main():
    s = asyncio.create_task(steady(0.5))
    try:
        await asyncio.gather(boom(0.2, "first"), s, boom(0.3, "second"))
    except RuntimeError as e:
        print("caught", repr(e))
    print("steady done?", s.done())
    await asyncio.sleep(1)
    print("steady result", s.result())

asyncio.run(main())
