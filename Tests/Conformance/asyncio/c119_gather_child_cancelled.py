# A child cancelled from outside makes gather raise CancelledError; siblings continue.
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "finished")
    return name

async def main():
    t1 = asyncio.create_task(child("t1", 1))
    t2 = asyncio.create_task(child("t2", 2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.1)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", type(e).__name__, "| g.cancelled():", g.cancelled())
    print("t2 still running:", not t2.done())
    await t2
    t3 = asyncio.create_task(child("t3", 1))
    g2 = asyncio.gather(t3, asyncio.sleep(0.5, "s"), return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel("bye")
    print(await g2)

asyncio.run(main())
