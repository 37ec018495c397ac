# CancelledError derives from BaseException: except Exception does not catch it.
import asyncio

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never printed", e)
    finally:
        print("finally still runs")

async def main():
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__, type(e).__module__)
    print(asyncio.CancelledError.__mro__[1].__name__)

asyncio.run(main())
