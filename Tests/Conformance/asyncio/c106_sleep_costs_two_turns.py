# A positive sleep, once due, takes two iterations: timer, then wakeup (R14).
import asyncio
import time

async def sleeper():
    print("sleeper sleeps 0.01")
    await asyncio.sleep(0.01)
    print("sleeper woke")

async def spinner():
    print("spinner blocks with time.sleep(0.05)")
    time.sleep(0.05)
    for i in range(4):
        print("spinner turn", i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(sleeper(), spinner())

asyncio.run(main())
