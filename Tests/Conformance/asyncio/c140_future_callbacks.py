# Future callbacks are queued when it completes, before anything queued after.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb1", fut.result()))
    f.add_done_callback(lambda fut: print("cb2 done?", fut.done()))
    loop.call_soon(print, "queued before set_result")
    f.set_result("x")
    loop.call_soon(print, "queued after set_result")
    f.add_done_callback(lambda fut: print("cb3 added when done"))
    print("set_result returned")
    await asyncio.sleep(0)
    print("main after a turn")
    e = loop.create_future()
    e.add_done_callback(lambda fut: print("error cb", repr(fut.exception())))
    e.set_exception(OSError("nope"))
    c = loop.create_future()
    c.add_done_callback(lambda fut: print("cancel cb", fut.cancelled()))
    c.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
