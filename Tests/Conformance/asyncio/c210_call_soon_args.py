# call_soon passes positional arguments; handles run in FIFO order.
import asyncio

def show(*args):
    print("show", args)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(show, 1, "two", [3])
    print(type(h).__name__, h.cancelled())
    loop.call_soon(show)
    loop.call_soon(print, "a", "b")
    try:
        loop.call_soon(show, sep="-")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)

asyncio.run(main())
