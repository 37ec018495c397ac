# Locks support only `async with`; a plain `with` fails.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    async with lock as got:
        print("async with gives", got, lock.locked())
    sem = asyncio.Semaphore()
    async with sem as got:
        print("semaphore gives", got)
    print(lock.locked())

asyncio.run(main())
