# If the awaited future is done but the task has not resumed, cancel still wins.
import asyncio

async def waiter(ev):
    try:
        await ev.wait()
        print("waiter woke normally")
    except asyncio.CancelledError:
        print("waiter cancelled although the event was set")
        raise

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("cancelled:", t.cancelled(), "| cancel again:", t.cancel())
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print("cancel on done future:", f.cancel())

asyncio.run(main())
