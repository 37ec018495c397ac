# Cancelling the outer task interrupts the coroutine chain it awaits directly.
import asyncio

async def level3():
    try:
        await asyncio.sleep(5)
    finally:
        print("level3 finally")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    except asyncio.CancelledError as e:
        print("level1 caught", e.args, "and re-raises")
        raise

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(1)
    t.cancel("deep")
    await asyncio.gather(t, return_exceptions=True)
    print("t cancelled:", t.cancelled())

asyncio.run(main())
