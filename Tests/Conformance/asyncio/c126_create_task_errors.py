# create_task accepts only coroutines, and needs a running loop.
import asyncio

async def coro():
    return 1

def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")

c = coro()
show("outside a loop", lambda: asyncio.create_task(c))
c.close()

async def main():
    show("int", lambda: asyncio.create_task(5))
    show("function", lambda: asyncio.create_task(print) and None)
    show("list", lambda: asyncio.create_task([1, 2]))
    show("None", lambda: asyncio.create_task(None))
    loop = asyncio.get_running_loop()
    show("loop.create_task str", lambda: loop.create_task("x"))
    t = loop.create_task(coro(), name="named")
    print(t.get_name(), await t)

asyncio.run(main())
