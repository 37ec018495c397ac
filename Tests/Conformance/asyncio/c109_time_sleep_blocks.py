# time.sleep inside a coroutine blocks everyone; overdue timers then fire in deadline order.
import asyncio
import time

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")

async def blocker():
    await asyncio.sleep(0.05)
    print("blocker: time.sleep(1) starts")
    time.sleep(1)
    print("blocker: time.sleep done")
    await asyncio.sleep(0)
    print("blocker resumes")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(sleeper("s3", 0.3), blocker(), sleeper("s1", 0.1), sleeper("s2", 0.2))
    print("elapsed about", round(loop.time() - t0, 1))

asyncio.run(main())
