# An async generator dropped while suspended inside a running loop: the
# loop's finalizer hook schedules aclose() in a new task (call_soon ->
# create_task), so its finally runs two iterations later.
import asyncio


async def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"{tag}: finally")


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    async for x in numbers("broken loop"):
        if x == 1:
            break
    print("left the loop")
    g = numbers("reassigned")
    await anext(g)
    g = None
    print("dropped the reference")
    await t
    print("tasks now:", len(asyncio.all_tasks()))


asyncio.run(main())
