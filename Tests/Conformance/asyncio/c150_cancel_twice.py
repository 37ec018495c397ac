# Two cancel() calls before delivery throw one CancelledError; later ones come one at a time.
import asyncio

async def victim():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("round", i, "caught", e.args)
    return "survived"

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"))
    await asyncio.sleep(0)
    print("cancelling:", t.cancelling())
    t.cancel("third")
    await asyncio.sleep(0)
    print(await t)

asyncio.run(main())
