# cancel() return values across task states.
import asyncio

async def quick():
    return "q"

async def slow():
    await asyncio.sleep(1)

async def fail():
    raise ValueError("f")

async def main():
    q = asyncio.create_task(quick())
    s = asyncio.create_task(slow())
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("quick:", q.cancel(), q.cancelled(), q.result())
    print("failed:", f.cancel(), f.cancelled(), repr(f.exception()))
    print("slow:", s.cancel(), s.cancelled())
    await asyncio.sleep(0)
    print("slow later:", s.cancel(), s.cancelled())

asyncio.run(main())
