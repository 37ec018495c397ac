# Semaphore(0) blocks until someone releases; waiters are served FIFO.
import asyncio

async def waiter(name, sem):
    await sem.acquire()
    print(name, "acquired")

async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(n, sem)) for n in ("x", "y", "z")]
    await asyncio.sleep(0.1)
    print("releasing one")
    sem.release()
    await asyncio.sleep(0.1)
    print("releasing two")
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print("locked?", sem.locked())

asyncio.run(main())
