# Nested timeouts: the one whose deadline hits raises; the outer block is unaffected.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.timeout(2) as outer:
        try:
            async with asyncio.timeout(0.5) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out at", round(loop.time() - t0, 1))
        print("inner expired", inner.expired(), "| outer expired", outer.expired())
        await asyncio.sleep(0.5)
    print("outer finished at", round(loop.time() - t0, 1))
    try:
        async with asyncio.timeout(0.3):
            async with asyncio.timeout(1) as inner2:
                await asyncio.sleep(2)
    except TimeoutError:
        print("outer timed out at", round(loop.time() - t0, 1), "| inner2 expired", inner2.expired())

asyncio.run(main())
