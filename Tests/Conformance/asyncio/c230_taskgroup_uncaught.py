# An ExceptionGroup from a TaskGroup ending the program.
import asyncio

async def fail(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"child {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2):
            tg.create_task(fail(n))
    print("not reached")

asyncio.run(main())
