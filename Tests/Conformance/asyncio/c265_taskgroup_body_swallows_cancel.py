# The body catches the group's cancellation and goes on; the group still raises.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body swallowed the group's cancel")
            print("body carries on")
    except ExceptionGroup as eg:
        print("group raised", eg.exceptions)
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
