# set_name converts its argument with str(); names need not be unique.
import asyncio

async def report():
    await asyncio.sleep(0)
    print("inside:", asyncio.current_task().get_name())

async def main():
    t = asyncio.create_task(report())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    t.set_name(("a", 1))
    print(t.get_name())
    await t
    t.set_name("after done")
    print(t.get_name())
    u = asyncio.create_task(report(), name="same")
    v = asyncio.create_task(report(), name="same")
    await asyncio.gather(u, v)
    w = asyncio.create_task(report(), name=7)
    print(repr(w.get_name()))
    await w

asyncio.run(main())
