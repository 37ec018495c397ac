# A child cancels the task that created it; the main coroutine handles it and returns.
import asyncio

async def child(parent):
    await asyncio.sleep(0.2)
    print("child cancels parent")
    parent.cancel()

async def main():
    t = asyncio.create_task(child(asyncio.current_task()))
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled while sleeping")
    await t
    return "main returns normally"

print(asyncio.run(main()))
