# Awaiting coroutines one after another adds up; tasks overlap.
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await say_after(1, "hello")
    await say_after(2, "world")
    print("sequential", round(loop.time() - t0, 1))
    t0 = loop.time()
    t1 = asyncio.create_task(say_after(1, "hello"))
    t2 = asyncio.create_task(say_after(2, "world"))
    await t1
    await t2
    print("concurrent", round(loop.time() - t0, 1))
    t0 = loop.time()
    print(await asyncio.gather(say_after(0.5, "x"), say_after(0.25, "y")))
    print("gathered", round(loop.time() - t0, 1))

asyncio.run(main())
