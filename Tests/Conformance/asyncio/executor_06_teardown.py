# asyncio.run cancels the task waiting for a thread, but the thread itself
# runs to the end: shutdown_default_executor joins it before run() returns.
import asyncio
import time


def slow():
    time.sleep(0.3)
    print("thread finished its work")
    return "late result"


async def waiter():
    try:
        print("waiter got", await asyncio.to_thread(slow))
    except asyncio.CancelledError:
        print("waiter cancelled at teardown")
        raise


async def main():
    asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("asyncio.run returned")
