# as_completed with nothing, with done futures, and with duplicates.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(list(asyncio.as_completed([])))
    f = loop.create_future()
    f.set_result("ready")
    for aw in asyncio.as_completed([f, f]):
        print("got", await aw)
    t = asyncio.create_task(asyncio.sleep(0.1, "slept"))
    its = list(asyncio.as_completed([t, f]))
    print(len(its))
    for aw in its:
        print(await aw)

asyncio.run(main())
