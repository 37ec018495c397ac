# create_task only queues the first step; the creator runs until it suspends.
import asyncio

async def child(name):
    print(name, "starts")
    await asyncio.sleep(0)
    print(name, "resumes")
    return name.upper()

async def main():
    t1 = asyncio.create_task(child("t1"))
    print("created t1")
    t2 = asyncio.create_task(child("t2"))
    print("created t2")
    for i in range(3):
        print("main works", i)
    print("t1 done before suspending?", t1.done())
    r1 = await t1
    print("got", r1, "t2 done?", t2.done())
    print("got", await t2)

asyncio.run(main())
