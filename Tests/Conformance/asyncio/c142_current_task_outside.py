# Outside a running loop there is no current task and no running loop.
import asyncio

for fn in (asyncio.current_task, asyncio.all_tasks, asyncio.get_running_loop):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, "->", e)

def callback():
    print("in a plain callback, current_task() is", asyncio.current_task())

async def main():
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.sleep(0)
    print("in main:", asyncio.current_task().get_name())

asyncio.run(main())
