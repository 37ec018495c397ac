# Event: waiters block until set(); wait() on a set event returns at once.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "released with", r)

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2")]
    await asyncio.sleep(0.5)
    ev.set()
    ev.set()
    print("set; is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("cleared; is_set:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print("wait timed out on cleared event")

asyncio.run(main())
