# Awaiting a coroutine runs it inline: no switch until something really suspends.
import asyncio

async def leaf(n):
    print("leaf", n)
    return n * 2

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def other():
    print("other task runs")

async def main():
    asyncio.create_task(other())
    total = await middle(1)
    print("total", total, "- other has not run yet")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print("done future gives", await f, "without a switch")
    await asyncio.sleep(0)
    print("main after sleep(0)")

asyncio.run(main())
