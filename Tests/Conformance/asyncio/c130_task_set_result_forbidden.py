# A task's outcome comes only from its coroutine.
import asyncio

async def work():
    await asyncio.sleep(0)
    return 3

async def main():
    t = asyncio.create_task(work())
    for name, arg in (("set_result", 1), ("set_exception", ValueError("x"))):
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t)
    try:
        t.set_result(5)
    except RuntimeError as e:
        print("after done too:", e)

asyncio.run(main())
