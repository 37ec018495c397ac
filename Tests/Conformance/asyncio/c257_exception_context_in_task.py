# Exceptions raised in tasks keep their context and cause.
import asyncio

async def chained():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("wrapped") from e

async def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")

async def main():
    for fn in (chained, implicit):
        try:
            await asyncio.create_task(fn())
        except Exception as e:
            print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

asyncio.run(main())
