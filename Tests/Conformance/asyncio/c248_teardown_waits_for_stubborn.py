# At teardown a task that ignores the cancel is still waited for.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("stubborn: cancelled, finishing my work first")
        await asyncio.sleep(1)
        print("stubborn: work done")
    return "stubborn result"

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
