# An exception in the group's body cancels children and is grouped with theirs.
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise ZeroDivisionError("body")
    except* ZeroDivisionError as eg:
        print("caught", repr(eg))
    print("cancelling():", asyncio.current_task().cancelling())

asyncio.run(main())
