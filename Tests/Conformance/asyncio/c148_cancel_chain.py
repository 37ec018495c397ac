# Cancelling a task that awaits another task cancels the inner one first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
        raise

async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    o.cancel("from main")
    print("counts", i.cancelling(), o.cancelling())
    await asyncio.sleep(0)
    print("after 1 turn:", i.done(), o.done())
    await asyncio.sleep(0)
    print("after 2 turns:", i.done(), o.done())
    await asyncio.sleep(0)
    print("after 3 turns:", i.cancelled(), o.cancelled())

asyncio.run(main())
