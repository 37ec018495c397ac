# Timeout.reschedule moves the deadline; timeout_at takes a loop time;
# rescheduling outside the block is an error.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 1.5)
            print("deadline in", round(cm.when() - start, 1))
            await asyncio.sleep(3)
    except TimeoutError:
        print("rescheduled deadline hit at", round(loop.time() - start, 1))
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(2)
    print("deadline removed; expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(2)
    print("deadline pushed back; expired:", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", round(loop.time() - start, 1))
    for when in (None, loop.time() + 1):
        try:
            cm.reschedule(when)
        except RuntimeError as e:
            print(e)
    try:
        async with asyncio.timeout(0.5) as cm:
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout wins:", cm.expired())
    print(type(cm).__name__, isinstance(cm, asyncio.Timeout))

asyncio.run(main())
