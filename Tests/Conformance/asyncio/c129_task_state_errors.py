# result()/exception() on unfinished, failed and cancelled tasks.
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def fail():
    raise KeyError("missing")

def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, repr(str(e)))

async def main():
    t = asyncio.create_task(slow())
    show("pending result", t.result)
    show("pending exception", t.exception)
    print("done?", t.done(), "cancelled?", t.cancelled())
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    show("failed result", f.result)
    show("failed exception", f.exception)
    t.cancel()
    await asyncio.sleep(0)
    show("cancelled result", t.result)
    show("cancelled exception", t.exception)
    print("done?", t.done(), "cancelled?", t.cancelled())

asyncio.run(main())
