# Nested timeouts: the inner one expiring is handled inside; a timeout
# combined with wait_for and a TaskGroup.
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(2)
        except TimeoutError:
            print("inner expired", inner.expired(), "outer", outer.expired())
        await asyncio.sleep(1)
    print("outer finished at", round(loop.time() - start, 1), outer.expired())
    try:
        async with asyncio.timeout(1):
            await asyncio.wait_for(work(3), timeout=2)
    except TimeoutError as e:
        print("timeout beats wait_for at", round(loop.time() - start, 1))
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                a = tg.create_task(work(1))
                b = tg.create_task(work(3))
    except TimeoutError:
        print("group under timeout:", a.result(), b.cancelled())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
