# The state part of lock/event/semaphore reprs (the rest holds an address).
import asyncio

def state(obj):
    return "[" + repr(obj).split(" [")[1]

async def main():
    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    print(state(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    ev = asyncio.Event()
    print(state(ev))
    ev.set()
    print(state(ev))
    sem = asyncio.Semaphore(2)
    print(state(sem))
    await sem.acquire()
    await sem.acquire()
    print(state(sem))
    cond = asyncio.Condition()
    print(state(cond))
    b = asyncio.Barrier(2)
    print(state(b))
    waiter.cancel()

asyncio.run(main())
