# Tasks awaiting one future resume in the order they started waiting (R9).
import asyncio

async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(name, "got", value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w3", "w1", "w2")]
    await asyncio.sleep(0)
    fut.set_result(7)
    print("main set the result")
    await asyncio.sleep(0)
    print("main after one turn; waiters done?", [t.done() for t in tasks])
    await asyncio.gather(*tasks)
    print("all done")

asyncio.run(main())
