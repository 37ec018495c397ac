# Lock: async with, locked(), FIFO handover, release errors.
import asyncio

async def user(name, lock, d):
    print(name, "wants the lock")
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep(d)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(user("A", lock, 0.2), user("B", lock, 0.1), user("C", lock, 0))
    print("locked?", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

asyncio.run(main())
