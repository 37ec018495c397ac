# Event: wait() returns True; set() releases every waiter in order; clear() afterwards is too late.
import asyncio

def state(ev):
    return repr(ev).rsplit("[", 1)[1]

async def waiter(name, ev):
    print(f"{name} waits")
    r = await ev.wait()
    print(f"{name} released -> {r}; is_set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))
    ts = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    ev.set()
    print("set twice:", state(ev))
    ev.clear()
    print("cleared:", state(ev))
    await asyncio.gather(*ts)
    print("after gather:", state(ev))
    ev.set()
    print("fast path:", await ev.wait())
    ev.clear()
    t = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(1)
    print("still waiting:", not t.done())
    asyncio.get_running_loop().call_later(0.5, ev.set)
    await t
    # a cancelled wait leaves no waiter behind
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print("timed out;", state(ev))

asyncio.run(main())
