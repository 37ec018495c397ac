# Task reprs up to the coroutine part (which holds a path): state and name.
import asyncio

def head(t):
    return repr(t).split(" coro=")[0] + ">"

async def work():
    await asyncio.sleep(0.1)
    return 5

async def main():
    t = asyncio.create_task(work(), name="w")
    print(head(t))
    await asyncio.sleep(0)
    print(head(t))
    t.cancel()
    print(head(t))
    await asyncio.sleep(0)
    print(head(t))
    print(repr(t).endswith(">"))
    u = asyncio.create_task(work())
    await u
    print(head(u), repr(u).endswith(" result=5>"))
    print(head(asyncio.current_task()))

asyncio.run(main())
