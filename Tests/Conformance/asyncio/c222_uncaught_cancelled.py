# Awaiting a cancelled task without handling it ends the program with CancelledError.
import asyncio

async def victim():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    print("awaiting the cancelled task")
    await t

asyncio.run(main())
