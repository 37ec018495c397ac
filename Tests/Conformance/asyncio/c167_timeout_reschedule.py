# Timeout.reschedule moves the deadline; None disables it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.2)
        cm.reschedule(loop.time() + 1)
        print("rescheduled by", round(cm.when() - t0, 1))
        await asyncio.sleep(0.5)
    print("finished at", round(loop.time() - t0, 1))
    try:
        async with asyncio.timeout(0.1) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.3)
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", round(loop.time() - t0, 1))
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
