# Inside a done-callback there is no current task; the callback gets the task itself.
import asyncio

async def work():
    await asyncio.sleep(0)
    return "r"

def cb(t):
    print("callback: current_task is", asyncio.current_task(), "| arg is task:", t is holder[0])
    print("callback: result", t.result())

holder = []

async def main():
    t = asyncio.create_task(work())
    holder.append(t)
    t.add_done_callback(cb)
    await t
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
