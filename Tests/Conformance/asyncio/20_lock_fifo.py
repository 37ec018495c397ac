# Lock: FIFO hand-off, no barging, locked() while a waiter is pending, state in repr.
import asyncio

def state(lock):
    return repr(lock).rsplit("[", 1)[1]

async def user(name, lock, hold):
    print(f"{name} asks; locked={lock.locked()}")
    async with lock:
        print(f"{name} holds; {state(lock)}")
        await asyncio.sleep(hold)
    print(f"{name} released; locked={lock.locked()} {state(lock)}")

async def main():
    lock = asyncio.Lock()
    print(state(lock))
    r = await lock.acquire()
    print("acquired:", r, lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.gather(user("A", lock, 0.5), user("B", lock, 0), user("C", lock, 0.2))
    # the releaser cannot take the lock back before the woken waiter runs
    await lock.acquire()
    waiter = asyncio.create_task(user("D", lock, 0))
    await asyncio.sleep(0)
    lock.release()
    print("after release:", lock.locked(), state(lock))
    try:
        await asyncio.wait_for(lock.acquire(), 0)
    except TimeoutError:
        print("main could not barge in")
    await waiter
    print("end", lock.locked())

asyncio.run(main())
