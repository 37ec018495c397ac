# Task(..., name=) and loop.create_task(..., name=) do not use up a Task-N number.
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n * 3

async def main():
    t = asyncio.Task(work(1))
    u = asyncio.Task(work(2), name="direct")
    print(t.get_name(), u.get_name(), isinstance(t, asyncio.Future))
    print(await t, await u)
    loop = asyncio.get_running_loop()
    made = []
    loop.call_soon(lambda: made.append(loop.create_task(work(3))))
    await asyncio.sleep(0)
    print(made[0].get_name(), await made[0])
    v = loop.create_task(work(4), name="via loop")
    w = asyncio.create_task(work(5))
    print(v.get_name(), w.get_name(), await v, await w)

asyncio.run(main())
