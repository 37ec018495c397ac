# Cancelling the task that is inside wait_for cancels the inner work too.
import asyncio

async def work():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner work cancelled")
        raise

async def caller():
    try:
        await asyncio.wait_for(work(), 5)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, t.cancelled())

asyncio.run(main())
