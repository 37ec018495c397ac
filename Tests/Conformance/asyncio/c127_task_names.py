# Task-N names come from one counter; a given name still consumes a number.
import asyncio

async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(work())
    b = asyncio.create_task(work(), name="custom")
    c = asyncio.create_task(work())
    print(a.get_name(), b.get_name(), c.get_name())
    print(await asyncio.gather(a, b, c))
    print(await asyncio.gather(work(), work()))
    d = asyncio.ensure_future(work())
    print(d.get_name())
    await d
    e = asyncio.create_task(work(), name=None)
    print(e.get_name())
    await e

asyncio.run(main())
