# Without a lock a read-modify-write across an await loses updates; with one it does not.
import asyncio

counter = 0

async def unsafe():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def safe(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe() for _ in range(5)))
    print("unsafe counter:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe(lock) for _ in range(5)))
    print("safe counter:", counter)

asyncio.run(main())
