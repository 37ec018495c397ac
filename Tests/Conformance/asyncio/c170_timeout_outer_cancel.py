# A cancel from outside inside a timeout block propagates as CancelledError, not TimeoutError.
import asyncio

async def guarded():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("unexpected TimeoutError")
    except asyncio.CancelledError:
        print("guarded: CancelledError propagates")
        raise

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
