# loop.time() moves with asyncio.sleep and with blocking time.sleep.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(1)
    print("after asyncio.sleep(1):", round(loop.time() - t0, 1))
    time.sleep(0.5)
    print("after time.sleep(0.5):", round(loop.time() - t0, 1))
    await asyncio.sleep(0)
    print("after sleep(0):", round(loop.time() - t0, 1))

asyncio.run(main())
