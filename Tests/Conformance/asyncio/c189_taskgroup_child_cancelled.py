# A child cancelled on its own does not abort the group.
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    print(name, "done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.5))
        b = tg.create_task(work("b", 1))
        await asyncio.sleep(0.1)
        a.cancel()
    print("group ended; a cancelled:", a.cancelled(), "| b:", b.result())

asyncio.run(main())
