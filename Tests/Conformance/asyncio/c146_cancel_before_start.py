# A task cancelled before its first step never runs its body.
import asyncio

async def body(name):
    print(name, "body runs")
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally")

async def main():
    t = asyncio.create_task(body("never"))
    print("cancel ->", t.cancel(), "| cancelled() yet?", t.cancelled())
    u = asyncio.create_task(body("started"))
    await asyncio.sleep(0)
    u.cancel()
    for x in (t, u):
        try:
            await x
        except asyncio.CancelledError:
            print(x.get_name(), "cancelled:", x.cancelled())

asyncio.run(main())
