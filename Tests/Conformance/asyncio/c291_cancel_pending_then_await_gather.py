# A cancel requested while the task runs lands on whatever it awaits next:
# a gather then cancels its children, an awaited task is cancelled too.
import asyncio

async def child(name):
    try:
        print(name, "starts")
        await asyncio.sleep(0)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise

async def self_cancel_then_gather():
    asyncio.current_task().cancel("early")
    print("cancel requested; awaiting a gather")
    try:
        await asyncio.gather(child("g1"), child("g2"))
    except asyncio.CancelledError as e:
        print("gather awaiter got", e.args)

async def self_cancel_then_task():
    t = asyncio.create_task(child("inner"))
    await asyncio.sleep(0)
    asyncio.current_task().cancel("late")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task awaiter got", e.args, "| inner cancelled:", t.cancelled())

async def main():
    await asyncio.create_task(self_cancel_then_gather())
    await asyncio.create_task(self_cancel_then_task())

asyncio.run(main())
