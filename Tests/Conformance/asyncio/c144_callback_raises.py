# A callback that raises is reported (on stderr) and the loop carries on.
import asyncio

def bad():
    print("bad callback runs")
    raise RuntimeError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "next callback still runs")
    f = loop.create_future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.add_done_callback(lambda fut: print("second done-callback runs"))
    f.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main finishes")

asyncio.run(main())
