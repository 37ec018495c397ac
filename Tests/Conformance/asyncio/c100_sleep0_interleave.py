# Three tasks taking turns with sleep(0): each turn is one pass of the ready queue.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)
    print(f"{name} end")

async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 1))
    c = asyncio.create_task(worker("C", 2))
    print("main created three tasks")
    await a
    print("a awaited; b done?", b.done(), "c done?", c.done())
    await c

asyncio.run(main())
