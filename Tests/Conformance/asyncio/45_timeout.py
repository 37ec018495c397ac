# asyncio.timeout: expiry turns the body's CancelledError into TimeoutError,
# reports expired(), and leaves the task's cancel count as it found it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(1) as cm:
            print("inside", cm.expired(), round(cm.when() - start, 1))
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError as e:
                print("body sees", type(e).__name__, task.cancelling())
                raise
    except TimeoutError as e:
        print("TimeoutError", round(loop.time() - start, 1), cm.expired(),
              type(e.__cause__).__name__, task.cancelling())
    print(cm)
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
    print("in time:", cm.expired(), cm)
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), repr(cm))
        await asyncio.sleep(1)
    try:
        async with asyncio.timeout(0):
            print("zero delay body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("zero delay expires at the first await")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay too")
    try:
        async with asyncio.timeout(1):
            raise ValueError("own error")
    except ValueError as e:
        print("other errors pass:", e)

asyncio.run(main())
