# An outside cancel() during a timeout block stays a CancelledError,
# even when the deadline passes too.
import asyncio

async def guarded(delay):
    try:
        async with asyncio.timeout(delay):
            await asyncio.sleep(10)
    except TimeoutError:
        print("guarded: TimeoutError")
    except asyncio.CancelledError:
        print("guarded: CancelledError, cancelling =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(guarded(5))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    t = asyncio.create_task(guarded(1))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("both at once -> cancelled:", t.cancelled())
    t = asyncio.create_task(guarded(0.5))
    await t
    print("done", t.cancelled())

asyncio.run(main())
