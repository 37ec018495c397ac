# An exception comes out of the awaitable of the task that raised it.
import asyncio

async def job(d, fail):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {d} failed")
    return d

async def main():
    tasks = [asyncio.create_task(job(0.3, False)), asyncio.create_task(job(0.1, True)),
             asyncio.create_task(job(0.2, False))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("ok", await aw)
        except RuntimeError as e:
            print("error", e)
    try:
        asyncio.as_completed(tasks[0])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
