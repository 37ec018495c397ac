# An ExceptionGroup from a TaskGroup that nobody catches ends the program.
import asyncio

async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"child {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(1))
    print("not reached")

asyncio.run(main())
