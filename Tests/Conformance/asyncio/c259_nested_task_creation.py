# Tasks created by tasks queue behind everything already queued.
import asyncio

async def leaf(name):
    print("leaf", name)

async def spawner(name):
    print("spawner", name)
    asyncio.create_task(leaf(name + ".1"))
    asyncio.create_task(leaf(name + ".2"))
    await asyncio.sleep(0)
    print("spawner", name, "resumes")

async def main():
    asyncio.create_task(spawner("A"))
    asyncio.create_task(spawner("B"))
    for i in range(4):
        print("main turn", i)
        await asyncio.sleep(0)

asyncio.run(main())
