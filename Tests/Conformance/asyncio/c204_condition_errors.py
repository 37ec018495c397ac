# Condition errors: wait/notify need the lock; a shared lock works.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    for fn in (cond.notify, cond.notify_all):
        try:
            fn()
        except RuntimeError as e:
            print(fn.__name__ + ":", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("cond locked via its lock:", shared.locked())
        shared.notify()
    print("after:", shared.locked(), lock.locked())

asyncio.run(main())
