# Loop turns taken by as_completed, shield, TaskGroup and timeout hand-overs,
# made visible by a ticker task printing once per turn.
import asyncio

async def ticker():
    i = 0
    while True:
        print("  tick", i)
        i += 1
        await asyncio.sleep(0)

async def step(name, turns, fail=False):
    for _ in range(turns):
        await asyncio.sleep(0)
    print(name, "ends")
    if fail:
        raise ValueError(name)
    return name

async def main():
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("as_completed")
    for aw in asyncio.as_completed([asyncio.create_task(step("a", 1))]):
        print("got", await aw)
    print("shield")
    print("got", await asyncio.shield(step("s", 1)))
    print("task group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("g", 1))
    print("group exited")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("bad", 1, True))
            await asyncio.sleep(10)
    except* ValueError:
        print("group failed")
    print("timeout")
    try:
        async with asyncio.timeout(0):
            await step("t", 3)
    except TimeoutError:
        print("timed out")
    print("wait")
    done, _ = await asyncio.wait([asyncio.create_task(step("w", 1))])
    print("waited")
    tick.cancel()

asyncio.run(main())
