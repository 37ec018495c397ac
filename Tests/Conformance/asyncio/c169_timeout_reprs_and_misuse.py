# Timeout reprs by state, and misuse errors.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        print(repr(cm))
    print(repr(cm))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.1) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))

asyncio.run(main())
