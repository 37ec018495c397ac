# If the cancelled inner work raises something else while cleaning up, wait_for passes it on.
import asyncio

async def messy():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    try:
        await asyncio.wait_for(messy(), 0.5)
    except TimeoutError:
        print("TimeoutError")
    except ValueError as e:
        print("ValueError:", e, "| context:", type(e.__context__).__name__)

asyncio.run(main())
