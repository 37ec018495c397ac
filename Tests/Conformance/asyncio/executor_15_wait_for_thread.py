# wait_for gives up on a slow to_thread call, but the thread cannot be
# interrupted: it finishes later, and asyncio.run waits for it.
import asyncio
import time


def slow_io():
    time.sleep(0.5)
    print("slow_io finished anyway")
    return "data"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_io), timeout=0.2)
    except TimeoutError:
        print(f"timed out at {loop.time() - start:.1f}")
    print("fast one:", await asyncio.wait_for(asyncio.to_thread(len, "abc"), timeout=1))
    await asyncio.sleep(0.1)
    print(f"main ends at {loop.time() - start:.1f}")


asyncio.run(main())
print("after asyncio.run")
