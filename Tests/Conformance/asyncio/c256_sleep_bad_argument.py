# sleep needs a number.
import asyncio

async def main():
    for bad in ("1", None, [1]):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.sleep(True, "bool works"))

asyncio.run(main())
