# How the TaskGroup's ExceptionGroup prints.
import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("one")))
            tg.create_task(fail(KeyError("two")))
    except ExceptionGroup as eg:
        print(type(eg).__name__)
        print(str(eg))
        print(repr(eg))
        print(eg.message)
        print([repr(e) for e in eg.exceptions])
        print(eg.__cause__, eg.__suppress_context__)
        v, rest = eg.split(ValueError)
        print(repr(v), repr(rest))
        print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))

asyncio.run(main())
