# A waiter woken by release() but cancelled before running passes the lock on.
import asyncio

async def user(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(user("b", lock))
    c = asyncio.create_task(user("c", lock))
    await asyncio.sleep(0)
    lock.release()
    b.cancel()
    await asyncio.gather(b, c)
    print("locked:", lock.locked())

asyncio.run(main())
