# Cancelling a gather cancels every unfinished child; the outer fails with CancelledError.
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    done_one = asyncio.create_task(child("quick", 0))
    g = asyncio.gather(child("a", 1), child("b", 2), done_one)
    await asyncio.sleep(0.5)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; g.cancelled() =", g.cancelled())
    print("cancel again ->", g.cancel())
    print("quick result", done_one.result())

asyncio.run(main())
