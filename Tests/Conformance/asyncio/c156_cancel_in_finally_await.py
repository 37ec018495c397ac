# Cancelling during cleanup: a second cancel interrupts the awaits in finally.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally: start")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("finally: interrupted by second cancel")
        print("finally: end")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.1)
    print("first cancel delivered; done?", t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), "count:", t.cancelling())

asyncio.run(main())
