# wait_for with timeout <= 0: done futures give their result, others time out.
import asyncio

async def quick():
    return "quick"

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done future")
    print(await asyncio.wait_for(f, 0))
    for timeout in (0, -1):
        for make in (quick, slow):
            try:
                print(await asyncio.wait_for(make(), timeout))
            except TimeoutError:
                print(make.__name__, "timed out with", timeout)

asyncio.run(main())
