# TimeoutError from wait_for, uncaught: its chained CancelledError shows first in the traceback.
import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    print("waiting at most 0.5s")
    await asyncio.wait_for(slow(), 0.5)

asyncio.run(main())
