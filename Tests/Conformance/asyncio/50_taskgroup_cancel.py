# A TaskGroup whose parent is cancelled from outside cancels its children and
# re-raises CancelledError; a child's KeyboardInterrupt-like base error wins.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 5))
            tg.create_task(asyncio.sleep(6))
            print("parent body done")
    except asyncio.CancelledError:
        print("parent sees CancelledError; cancelling =", asyncio.current_task().cancelling())
        raise

async def waiting_parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("z", 5))
        await asyncio.sleep(5)

async def crash():
    await asyncio.sleep(0.5)
    raise SystemExit(3)

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())
    w = asyncio.create_task(waiting_parent())
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("waiting parent cancelled:", w.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("s", 2))
            tg.create_task(crash())
    except SystemExit as e:
        print("SystemExit passes through bare:", e.code)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("n", 1))
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("body CancelledError propagates after children")

asyncio.run(main())
