# wait() accepts plain futures and tasks together.
import asyncio

async def job():
    await asyncio.sleep(0.2)
    return "task"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "future")
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([f, t], return_when=asyncio.FIRST_COMPLETED)
    print([x.result() for x in done], len(pending), f in done)
    done, pending = await asyncio.wait({f, t})
    print(sorted(x.result() for x in done), len(pending))

asyncio.run(main())
