# On timeout wait_for cancels the inner work and raises TimeoutError (3.11).
import asyncio

async def work():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("work cancelled by wait_for")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(work(), 0.5)
    except asyncio.TimeoutError as e:
        print(type(e).__name__, repr(str(e)), "at", round(loop.time() - t0, 1))
        print("cause:", type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(t, 0.25)
    except TimeoutError:
        print("task cancelled?", t.cancelled())

asyncio.run(main())
