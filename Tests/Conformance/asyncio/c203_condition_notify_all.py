# notify_all wakes everyone; wait_for re-checks its predicate.
import asyncio

state = {"value": 0}

async def watcher(name, cond, target):
    async with cond:
        result = await cond.wait_for(lambda: state["value"] >= target)
        print(name, "sees value", state["value"], "predicate gave", result)

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(watcher(f"t{t}", cond, t)) for t in (1, 3, 2)]
    for v in range(1, 4):
        await asyncio.sleep(0.1)
        async with cond:
            state["value"] = v
            print("value ->", v)
            cond.notify_all()
    await asyncio.gather(*tasks)
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"))

asyncio.run(main())
