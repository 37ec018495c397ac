import asyncio


async def boom():
    raise ValueError("boom")


async def count():
    print("counting")


async def main():
    asyncio.create_task(boom())  # nobody awaits it: its exception is never retrieved
    count()  # forgot the await: the coroutine never runs
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
