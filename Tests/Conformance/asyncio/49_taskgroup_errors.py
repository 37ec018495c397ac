# TaskGroup misuse errors, mixed exception types split with except*, and a
# child cancelled before its first step.
import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def never():
    print("never runs")

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = never()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError(1)))
            tg.create_task(fail(TypeError(2)))
            tg.create_task(fail(ValueError(3)))
            await asyncio.sleep(1)
    except* ValueError as eg:
        print("values:", eg.exceptions)
    except* TypeError as eg:
        print("types:", eg.exceptions)
    tg = asyncio.TaskGroup()
    async with tg:
        t = tg.create_task(never())
        t.cancel()
        print(repr(tg))
    print("cancelled child:", t.cancelled())
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    coro = never()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

asyncio.run(main())
