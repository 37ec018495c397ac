# Semaphore(2) lets two tasks in at a time.
import asyncio

async def job(name, sem, d):
    loop = asyncio.get_running_loop()
    async with sem:
        print(name, "in at", round(loop.time() - T0, 1))
        await asyncio.sleep(d)
    print(name, "out at", round(loop.time() - T0, 1))

async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    print("locked?", sem.locked())
    await asyncio.gather(job("a", sem, 1), job("b", sem, 0.5), job("c", sem, 0.7), job("d", sem, 1))
    print("locked?", sem.locked())

asyncio.run(main())
