# A deep chain of awaited coroutines runs in one task and unwinds in order.
import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0.1)
        return 0
    return 1 + await depth(n - 1)

async def main():
    print(await depth(50))
    print(await asyncio.gather(depth(3), depth(10)))

asyncio.run(main())
