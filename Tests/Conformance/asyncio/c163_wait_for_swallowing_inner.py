# An inner task that swallows cancellation: wait_for returns its result (3.11).
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "stubborn result"

async def main():
    try:
        print("wait_for returned", await asyncio.wait_for(stubborn(), 0.5))
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
