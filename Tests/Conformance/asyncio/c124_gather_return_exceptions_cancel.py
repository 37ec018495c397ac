# return_exceptions gather: cancelling the gather raises; cancelled children become list entries.
import asyncio

async def sleeper(d):
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print("sleeper", d, "cancelled")
        raise

async def main():
    g = asyncio.gather(sleeper(1), sleeper(2), return_exceptions=True)
    await asyncio.sleep(0.5)
    g.cancel("stop now")
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("outer raised CancelledError", e.args)
    print("g.cancelled():", g.cancelled())
    h = asyncio.gather(sleeper(0.1), asyncio.sleep(5), return_exceptions=True)
    await asyncio.sleep(0.2)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    print(await h)

asyncio.run(main())
