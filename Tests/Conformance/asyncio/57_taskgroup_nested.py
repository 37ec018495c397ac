# Children adding siblings while the group exits, nested groups whose inner
# failure reaches the outer one, and wait_for around a shielded task.
import asyncio

async def spawner(tg, depth):
    await asyncio.sleep(0.5)
    print("spawner depth", depth)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))
    return depth

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("deep", 1))
        tg.create_task(asyncio.sleep(5))

async def precious():
    await asyncio.sleep(2)
    print("precious survived")
    return "kept"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
    print("all spawned at", round(loop.time() - start, 1))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail("shallow", 3))
    except* RuntimeError as eg:
        print(repr(eg))
        print("nested:", [type(e).__name__ for e in eg.exceptions])
    task = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("wait_for gave up; task cancelled?", task.cancelled())
    print(await task, round(loop.time() - start, 1))

asyncio.run(main())
