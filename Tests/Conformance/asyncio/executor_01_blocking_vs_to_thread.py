# Blocking time.sleep inside a coroutine freezes the loop; asyncio.to_thread
# moves the same call to a worker thread and the ticker keeps going.
import asyncio
import time


def blocking_io(label, seconds):
    time.sleep(seconds)
    return f"{label} slept {seconds}"


async def ticker(start, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0.2)
        print(f"  tick {i} at {loop.time() - start:.1f}")


async def blocking_version():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(start, 3))
    await asyncio.sleep(0)
    print("blocking call starts")
    result = blocking_io("blocking", 0.5)
    print(f"{result}; now {loop.time() - start:.1f}")
    await tick


async def threaded_version():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(start, 3))
    await asyncio.sleep(0)
    print("to_thread call starts")
    result = await asyncio.to_thread(blocking_io, "threaded", 0.5)
    print(f"{result}; now {loop.time() - start:.1f}")
    await tick


print("-- time.sleep in a coroutine")
asyncio.run(blocking_version())
print("-- asyncio.to_thread")
asyncio.run(threaded_version())
