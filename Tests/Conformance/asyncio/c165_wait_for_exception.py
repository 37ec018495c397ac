# An exception from the inner work passes through wait_for unchanged.
import asyncio

async def fail(d):
    await asyncio.sleep(d)
    raise LookupError("inner failure")

async def main():
    try:
        await asyncio.wait_for(fail(0.1), 1)
    except LookupError as e:
        print("got", repr(e))
    try:
        await asyncio.wait_for(fail(2), 1)
    except TimeoutError as e:
        print("timeout first:", type(e).__name__)

asyncio.run(main())
