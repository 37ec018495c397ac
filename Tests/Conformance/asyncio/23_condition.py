# Condition: notify(n), notify_all, wait_for with a predicate, a shared lock, and misuse errors.
import asyncio

async def consumer(name, cond, items):
    async with cond:
        got = await cond.wait_for(lambda: items)
        print(f"{name} sees {got}; takes {items.pop(0)}")

async def main():
    cond = asyncio.Condition()
    print(repr(cond).rsplit("[", 1)[1])
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    items = []
    ts = [asyncio.create_task(consumer(n, cond, items)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    print(repr(cond).rsplit("[", 1)[1])
    async with cond:
        items.append("x")
        cond.notify()
        print("notified one;", repr(cond).rsplit("[", 1)[1])
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock:", c2.locked())
    print("after:", c2.locked())
    async def notifier():
        async with c2:
            c2.notify(5)
    async with c2:
        asyncio.create_task(notifier())
        print("wait ->", await c2.wait(), "| holds lock:", c2.locked())

asyncio.run(main())
