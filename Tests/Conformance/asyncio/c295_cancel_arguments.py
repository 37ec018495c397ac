# cancel() takes one optional message, by position or as msg=.
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel(msg="by keyword"), f.cancelled())
    try:
        await f
    except asyncio.CancelledError as e:
        print("future:", e.args)
    g = loop.create_future()
    try:
        g.cancel("a", "b")
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    try:
        t.cancel("a", "b")
    except TypeError as e:
        print("TypeError:", e)
    print(t.cancel(msg=("tuple", 1)))
    try:
        await t
    except asyncio.CancelledError as e:
        print("task:", e.args)
    g.cancel()

asyncio.run(main())
