# Semaphore and BoundedSemaphore: values, FIFO slots, locked(), errors.
import asyncio

def state(s):
    return repr(s).rsplit("[", 1)[1]

async def worker(name, sem, hold):
    async with sem:
        print(f"{name} in; {state(sem)}")
        await asyncio.sleep(hold)
    print(f"{name} out")

async def main():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    await asyncio.gather(*(worker(n, sem, h) for n, h in (("a", 1), ("b", 0.5), ("c", 0.1), ("d", 0.1))))
    print(state(sem))
    for bad in (-1, -5):
        try:
            asyncio.Semaphore(bad)
        except ValueError as e:
            print("ValueError:", e)
    zero = asyncio.Semaphore(0)
    print("zero:", zero.locked(), state(zero))
    zero.release()
    zero.release()
    print("released twice:", state(zero))
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(state(b), isinstance(b, asyncio.Semaphore))
    # a woken waiter that gets cancelled gives its slot to the next one
    s = asyncio.Semaphore(1)
    await s.acquire()
    t1 = asyncio.create_task(worker("t1", s, 0))
    t2 = asyncio.create_task(worker("t2", s, 0))
    await asyncio.sleep(0)
    s.release()
    t1.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print("t1 cancelled:", t1.cancelled(), "|", state(s))

asyncio.run(main())
