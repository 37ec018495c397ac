# set() then clear() at once still releases the current waiters (R34).
import asyncio

async def waiter(name, ev):
    await ev.wait()
    print(name, "released; event set now?", ev.is_set())

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("a", "b")]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set and cleared")
    await asyncio.gather(*ts)
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.1)
    print("late still waiting:", not late.done())
    ev.set()
    await late

asyncio.run(main())
