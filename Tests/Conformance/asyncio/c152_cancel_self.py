# A task cancelling itself gets CancelledError at its next await.
import asyncio

async def selfish():
    me = asyncio.current_task()
    print("cancel myself ->", me.cancel("self"))
    print("still running after cancel()")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("got", repr(e))
        raise

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", repr(e), t.cancelled())

asyncio.run(main())
