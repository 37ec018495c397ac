# TaskGroup reprs through its life.
import asyncio

async def work():
    await asyncio.sleep(0.1)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(work())
        tg.create_task(work(), name="named")
        print(repr(tg))
    print(repr(tg))

asyncio.run(main())
