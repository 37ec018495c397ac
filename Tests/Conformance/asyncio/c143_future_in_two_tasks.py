# One future awaited by several tasks; an exception reaches all of them.
import asyncio

async def reader(name, fut):
    try:
        v = await fut
        print(name, "value", v)
    except LookupError as e:
        print(name, "error", repr(e))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    ts = [asyncio.create_task(reader(n, f)) for n in "abc"]
    await asyncio.sleep(0)
    loop.call_later(0.5, f.set_exception, IndexError("gone"))
    await asyncio.gather(*ts)
    g = loop.create_future()
    ts = [asyncio.create_task(reader(n, g)) for n in "xy"]
    loop.call_soon(g.set_result, 99)
    await asyncio.gather(*ts)

asyncio.run(main())
