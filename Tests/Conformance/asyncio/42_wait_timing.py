# asyncio.wait wakes its caller two loop turns after the completion that
# ends it; FIRST_EXCEPTION with an already failed input returns at once.
import asyncio

async def ticker(stop):
    i = 0
    while not stop.done():
        print("tick", i)
        i += 1
        await asyncio.sleep(0)

async def quick():
    await asyncio.sleep(0)
    print("quick returns")
    return "q"

async def broken():
    raise KeyError("k")

async def main():
    stop = asyncio.get_running_loop().create_future()
    tick = asyncio.create_task(ticker(stop))
    t = asyncio.create_task(quick())
    done, pending = await asyncio.wait([t])
    print("wait returned", len(done))
    b = asyncio.create_task(broken())
    await asyncio.sleep(0)
    slow = asyncio.create_task(asyncio.sleep(5))
    done, pending = await asyncio.wait([slow, b], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", len(done), len(pending), repr(b.exception()))
    slow.cancel()
    stop.set_result(None)
    await tick

asyncio.run(main())
