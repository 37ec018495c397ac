# Nested TaskGroups: an inner failure aborts the inner group, then the outer one.
import asyncio

async def fail(d):
    await asyncio.sleep(d)
    raise RuntimeError("inner child failed")

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0.5))
        tg.create_task(sleeper("inner sleeper"))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            await asyncio.sleep(0.1)
            tg.create_task(sleeper("outer sleeper"))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, repr(eg.exceptions[0].exceptions[0]))

asyncio.run(main())
