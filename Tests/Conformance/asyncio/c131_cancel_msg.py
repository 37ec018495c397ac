# cancel(msg): the message reaches the coroutine and the awaiter.
import asyncio

async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim sees", repr(e), e.args)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel returned", t.cancel("please stop"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message:", repr(e), e.args)

asyncio.run(main())
