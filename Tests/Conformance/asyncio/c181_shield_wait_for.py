# wait_for around shield: the timeout fires, the shielded task keeps going.
import asyncio

async def work():
    await asyncio.sleep(1)
    print("work completed")
    return 42

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.3)
    except TimeoutError:
        print("timed out at", round(loop.time() - t0, 1), "| task cancelled?", t.cancelled())
    print(await t, "at", round(loop.time() - t0, 1))

asyncio.run(main())
