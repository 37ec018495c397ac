# A waiter cancelled while queued for a lock gives its turn to the next one.
import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(0.5)
    print("holder released")

async def waiter(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0.1)
    a.cancel()
    await asyncio.gather(h, a, b, return_exceptions=True)
    print("locked at end?", lock.locked())

asyncio.run(main())
