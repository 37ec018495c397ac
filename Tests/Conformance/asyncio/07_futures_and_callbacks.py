# Futures: done-callbacks are queued in registration order when the result
# arrives; awaiting a future suspends until then; invalid state errors.
import asyncio

def report(tag):
    return lambda fut: print(tag, fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.add_done_callback(report("cb1"))
    fut.add_done_callback(report("cb2"))
    loop.call_later(0.1, fut.set_result, 42)
    print("awaited", await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.add_done_callback(report("late"))
    await asyncio.sleep(0)
    bad = loop.create_future()
    bad.set_exception(ValueError("bad"))
    print(repr(bad.exception()))
    try:
        await bad
    except ValueError as e:
        print("await raised", repr(e))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(fut), asyncio.isfuture(fut))

asyncio.run(main())
