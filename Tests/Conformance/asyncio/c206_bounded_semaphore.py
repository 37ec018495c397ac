# BoundedSemaphore refuses extra releases; Semaphore allows them; negative values fail.
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore now allows", sum([await s.acquire() for _ in range(3)]), "acquires")
    print("locked?", s.locked())
    for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        try:
            cls(-1)
        except ValueError as e:
            print(cls.__name__, "ValueError:", e)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked?", z.locked())

asyncio.run(main())
