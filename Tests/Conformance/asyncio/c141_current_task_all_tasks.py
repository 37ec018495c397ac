# current_task and all_tasks (printed sorted by name: CPython's set is unordered).
import asyncio

async def work(d):
    me = asyncio.current_task()
    await asyncio.sleep(d)
    return me.get_name()

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    print("main:", asyncio.current_task().get_name())
    print("alone:", names(asyncio.all_tasks()))
    ts = [asyncio.create_task(work(d), name=f"w{d}") for d in (3, 1, 2)]
    print("with workers:", names(asyncio.all_tasks()))
    await ts[1]
    print("after w1:", names(asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print("at end:", names(asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
