# Child failures arrive as an ExceptionGroup; except* splits them by type.
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled by the group")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 0.1))
            tg.create_task(fail(TypeError("t"), 0.1))
            tg.create_task(sleeper())
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* TypeError as eg:
        print("TypeErrors:", eg.exceptions)

asyncio.run(main())
