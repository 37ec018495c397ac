# Done-callbacks run in registration order, via call_soon; removing returns a count.
import asyncio

def cb(tag):
    def inner(fut):
        print("callback", tag, fut.result())
    return inner

async def work():
    await asyncio.sleep(0.1)
    return "w"

async def main():
    t = asyncio.create_task(work())
    a, b, c = cb("a"), cb("b"), cb("c")
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(a)
    t.add_done_callback(c)
    print("removed a:", t.remove_done_callback(a))
    print("removed a again:", t.remove_done_callback(a))
    print("removed unknown:", t.remove_done_callback(print))
    await t
    print("main resumed after await")
    await asyncio.sleep(0)
    t.add_done_callback(cb("late"))
    print("late callback queued")
    await asyncio.sleep(0)

asyncio.run(main())
