# Cleanup code may await after cancellation; the awaiter waits for it.
import asyncio

async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up")
        await asyncio.sleep(0.5)
        print("cleanup finished at", round(loop.time() - T0, 1))
        raise

async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter resumes at", round(asyncio.get_running_loop().time() - T0, 1))

asyncio.run(main())
