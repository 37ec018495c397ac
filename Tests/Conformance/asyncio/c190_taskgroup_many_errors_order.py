# Errors are collected in completion order; children cancelled before starting never run.
import asyncio

async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)

async def never():
    print("never printed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("late", 0.2))
            tg.create_task(fail("early", 0.1))
            tg.create_task(fail("same-time", 0.1))
            await asyncio.sleep(0.15)
            print("body still running after first failure? no")
    except ExceptionGroup as eg:
        print([str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("instant", 0))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            tg.create_task(never())
    except (ExceptionGroup, RuntimeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
