# main raises: teardown cancels the leftover task before the traceback.
import asyncio

async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper finally")

async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    print("main raises")
    raise LookupError("main failed")

asyncio.run(main())
print("not reached")
