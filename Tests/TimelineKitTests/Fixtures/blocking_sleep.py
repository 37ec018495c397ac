import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.2)
    print("blocking for 1 s")
    time.sleep(1)  # not asyncio.sleep: the whole loop stops here
    print("done blocking")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
