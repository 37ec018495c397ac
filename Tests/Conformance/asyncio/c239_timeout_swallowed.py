# If the body swallows the timeout's CancelledError, the block just ends (expired).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.timeout(0.5) as cm:
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("no TimeoutError; expired:", cm.expired(), "at", round(loop.time() - t0, 1))
    print("cancelling():", asyncio.current_task().cancelling())

asyncio.run(main())
