# An exception raised in the worker thread comes back out of the await.
import asyncio
import time


def risky(n):
    time.sleep(0.1)
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    for n in range(4):
        try:
            value = await loop.run_in_executor(None, risky, n)
            print("ok", n, value)
        except ValueError as e:
            print("failed", n, type(e).__name__, e)
    results = await asyncio.gather(
        asyncio.to_thread(risky, 2),
        asyncio.to_thread(risky, 3),
        return_exceptions=True,
    )
    print([repr(r) for r in results])
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print("to_thread:", e)


asyncio.run(main())
