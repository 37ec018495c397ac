# An iteration runs only the handles queued before it started (R1).
import asyncio

def cb(loop, name, depth):
    print("run", name)
    if depth:
        loop.call_soon(cb, loop, name + "'", depth - 1)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop, "a", 2)
    loop.call_soon(cb, loop, "b", 1)
    loop.call_soon(cb, loop, "c", 0)
    for i in range(4):
        print("main turn", i)
        await asyncio.sleep(0)

asyncio.run(main())
