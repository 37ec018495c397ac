import asyncio


async def waiter(event):
    await event.wait()
    print("never printed")


async def main():
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.5)
    print("main: waiting for the waiter, but nobody sets the event")
    await task


asyncio.run(main())
