# gather wraps coroutines in tasks in argument order, behind tasks made earlier.
import asyncio

async def job(name, turns):
    for i in range(turns):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} returns")
    return name

async def main():
    early = asyncio.create_task(job("early", 2))
    g = asyncio.gather(job("g1", 1), job("g2", 0), early)
    late = asyncio.create_task(job("late", 1))
    print("main awaits gather")
    print(await g)
    print("late done?", late.done())
    await late

asyncio.run(main())
