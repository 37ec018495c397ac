# An exception escaping a callback is reported as "Exception in callback ..."
# with the handle; the loop goes on with the next callback.
import asyncio


def bad(x):
    raise RuntimeError(f"bad callback {x}")


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], "|", repr(context["exception"]),
          "|", type(context["handle"]).__name__, sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1)
    loop.call_soon(print, "next callback still runs")
    loop.call_later(0.1, bad, 2)
    await asyncio.sleep(0.2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: bad(f.result()))
    fut.set_result(3)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
