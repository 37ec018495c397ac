# asyncio.wait rejects coroutines, empty inputs, bad modes and single futures.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 1

async def main():
    coro = job()
    fut = asyncio.get_running_loop().create_future()
    for label, make in [
        ("coroutine", lambda: asyncio.wait([coro])),
        ("empty", lambda: asyncio.wait([])),
        ("bad mode", lambda: asyncio.wait([fut], return_when="SOMETIMES")),
        ("a future", lambda: asyncio.wait(asyncio.get_running_loop().create_future())),
        ("a coroutine alone", lambda: asyncio.wait(coro)),
    ]:
        try:
            await make()
        except (TypeError, ValueError) as e:
            print(label, "->", type(e).__name__, e)
    coro.close()
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([t, t, t])
    print("duplicates:", len(done), len(pending), t.result())
    f = asyncio.get_running_loop().create_future()
    f.set_result("early")
    done, pending = await asyncio.wait({f})
    print("already done:", [x.result() for x in done], len(pending))

asyncio.run(main())
