# Lock: a cancelled waiter leaves the queue; a woken-then-cancelled waiter passes its turn on.
import asyncio

async def user(name, lock):
    try:
        async with lock:
            print(f"{name} holds the lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting; locked={lock.locked()}")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user("A", lock))
    b = asyncio.create_task(user("B", lock))
    c = asyncio.create_task(user("C", lock))
    await asyncio.sleep(0)
    print("waiters:", repr(lock).rsplit("[", 1)[1])
    b.cancel()
    await asyncio.sleep(0)
    print("after cancelling B:", repr(lock).rsplit("[", 1)[1])
    lock.release()
    a.cancel()          # A was woken but has not run yet: it passes the lock to C
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("locked at end:", lock.locked())
    # all waiters cancelled: a newcomer takes the free lock at once
    lock2 = asyncio.Lock()
    await lock2.acquire()
    t = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    t.cancel()
    lock2.release()
    print("newcomer:", await lock2.acquire(), lock2.locked())
    await asyncio.gather(t, return_exceptions=True)
    print("t cancelled:", t.cancelled())

asyncio.run(main())
