# TaskGroup waits for its children; the first failure cancels siblings and
# the body; errors come out together in an ExceptionGroup.
import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "ok")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def bad(name, delay=0):
    await asyncio.sleep(delay)
    print(name, "raises")
    raise ValueError(name)

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok("a", 1))
        b = tg.create_task(ok("b", 2), name="bee")
        print("body done", b.get_name())
    print("results", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("c", 5))
            tg.create_task(bad("e1"))
            tg.create_task(bad("e2"))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled by the group")
                raise
    except* ValueError as eg:
        print("caught", repr(eg))
    print("cancelling after group:", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("d", 1))
            raise KeyError("body error")
    except ExceptionGroup as eg:
        print("body error grouped:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("late", 1))
            tg.create_task(ok("f", 3))
            print("body returns first")
    except* ValueError as eg:
        print("late failure:", eg.exceptions)

asyncio.run(main())
