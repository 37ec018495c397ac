# create_task only queues the first step; gather wraps coroutines in tasks in
# argument order and returns results in argument order.
import asyncio

async def job(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} ends")
    return name.upper()

async def main():
    t1 = asyncio.create_task(job("t1", 0.2))
    t2 = asyncio.create_task(job("t2", 0.1), name="second")
    print("tasks created:", t1.get_name(), t2.get_name(), t1.done())
    await asyncio.sleep(0)
    print("after one turn")
    print(await t1, await t2, t1.done(), t2.result())
    print(await asyncio.gather(job("g1", 0.3), job("g2", 0.1), job("g3", 0.2)))
    print(await asyncio.gather())
    print(asyncio.current_task().get_name())

asyncio.run(main())
