# Awaiting a task resumes one iteration after it ends (R15); gather takes two (R17).
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def child():
    print("child runs")
    await asyncio.sleep(0)
    print("child returns")
    return 1

async def main():
    tick = asyncio.create_task(ticker(9))
    t = asyncio.create_task(child())
    print("main got", await t)
    print("main gather", await asyncio.gather(child()))
    await tick

asyncio.run(main())
