# Cancelling a task that awaits gather cancels the gather's children.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    print(await asyncio.gather(p, return_exceptions=True))

asyncio.run(main())
