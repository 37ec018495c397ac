# cancel() lands at the task's current await on its next step; a task that
# never started runs none of its body; the message travels with the error.
import asyncio

async def waiter(name):
    print(name, "starts")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", repr(e))
        raise
    finally:
        print(name, "cleans up")

async def main():
    never = asyncio.create_task(waiter("never"))
    print("cancel before start:", never.cancel())
    t = asyncio.create_task(waiter("t"))
    await asyncio.sleep(0)
    print("cancel while waiting:", t.cancel("stop now"), "cancelled yet?", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(never.cancelled(), t.cancelled(), t.cancelling(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

    g = asyncio.gather(waiter("g1"), waiter("g2"))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; g.cancelled() =", g.cancelled())

asyncio.run(main())
