# After gather raises, the remaining children can still be awaited for their results.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("early")

async def value(v):
    await asyncio.sleep(0.3)
    return v

async def main():
    tasks = [asyncio.create_task(fail()), asyncio.create_task(value(2)), asyncio.create_task(value(3))]
    g = asyncio.gather(*tasks)
    try:
        await g
    except ValueError as e:
        print("gather raised", e)
    print("exception():", repr(g.exception()))
    print("pending:", [t.done() for t in tasks])
    for t in tasks[1:]:
        print("later", await t)
    try:
        g.result()
    except ValueError as e:
        print("result() raises again:", e)

asyncio.run(main())
