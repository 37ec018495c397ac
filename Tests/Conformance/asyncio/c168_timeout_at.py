# timeout_at takes an absolute loop time; a past deadline fires on the next turn.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", round(loop.time() - t0, 1))
    try:
        async with asyncio.timeout_at(loop.time() - 5) as cm:
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError; expired", cm.expired())
    try:
        async with asyncio.timeout(0):
            print("timeout(0) body runs until it awaits")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) -> TimeoutError")

asyncio.run(main())
