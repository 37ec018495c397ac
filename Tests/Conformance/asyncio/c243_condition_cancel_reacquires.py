# A Condition waiter cancelled while waiting re-acquires the lock before the error surfaces.
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled; holds lock:", cond.locked())
            raise
    print("not reached")

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.1)
        print("main still holds the lock; waiter done?", t.done())
    await asyncio.gather(t, return_exceptions=True)
    print("lock free:", not cond.locked(), "| cancelled:", t.cancelled())

asyncio.run(main())
