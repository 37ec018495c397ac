# Condition.notify(n) wakes n waiters, who re-acquire the lock one at a time.
import asyncio

async def waiter(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woke holding lock:", cond.locked())

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify()
        print("notified 1 more")
    await asyncio.gather(*tasks)

asyncio.run(main())
