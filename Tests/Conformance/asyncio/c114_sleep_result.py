# sleep(delay, result) returns result; negative delays behave like sleep(0).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(0.5, "half"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-3, "negative"))
    print(await asyncio.sleep(0.3))
    print("t =", round(loop.time() - t0, 1))

asyncio.run(main())
