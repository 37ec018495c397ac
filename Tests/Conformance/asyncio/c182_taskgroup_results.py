# TaskGroup waits for all children; results read from the tasks afterwards.
import asyncio

async def job(name, d):
    print(name, "starts")
    await asyncio.sleep(d)
    print(name, "ends")
    return name * 2

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1), name="bee")
        print("body done; a started?", a.done())
    print("after group at", round(loop.time() - t0, 1))
    print(a.result(), b.result(), b.get_name())

asyncio.run(main())
