# cancelling() counts cancel requests; uncancel() undoes one; delivery happens once.
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught; cancelling() =", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("uncancel at zero ->", me.uncancel())
    await asyncio.sleep(0.5)
    print("worker continues; cancelling() =", me.cancelling())
    return "finished"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancelling() before:", t.cancelling())
    print(t.cancel(), t.cancel(), "cancelling() =", t.cancelling())
    print(await t, "| cancelled():", t.cancelled())
    print("cancel on done task:", t.cancel(), t.cancelling())

asyncio.run(main())
