# A cancelled future raises CancelledError(msg) on await, result() and exception().
import asyncio

async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print("waiter:", repr(e))
        return "handled"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    w = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print("cancel ->", f.cancel("reason"), "| again ->", f.cancel("other"))
    print(await w, "| task cancelled?", w.cancelled())
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print(m.__name__, "raises", repr(e))
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
