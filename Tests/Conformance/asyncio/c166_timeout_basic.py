# asyncio.timeout: the body is cancelled at the deadline; TimeoutError outside.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("inside; expired?", cm.expired())
            try:
                await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError at", round(loop.time() - t0, 1), "| expired?", cm.expired())
        print("cause:", type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.2)
    print("in time; expired?", cm2.expired())
    print("cancelling():", asyncio.current_task().cancelling())

asyncio.run(main())
