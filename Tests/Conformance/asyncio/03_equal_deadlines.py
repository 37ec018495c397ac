# Timers with the same deadline fire in the order they were scheduled;
# call_soon beats call_later(0) scheduled earlier.
import asyncio

async def sleeper(name, delays):
    for d in delays:
        await asyncio.sleep(d)
    print(name, "wakes")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    loop.call_later(0.5, print, "timer 0.5 first")
    loop.call_later(0.5, print, "timer 0.5 second")
    h = loop.call_later(0.5, print, "cancelled timer")
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.gather(sleeper("A", [0.5, 0.5]), sleeper("B", [1.0]), sleeper("C", [1.0]))
    await asyncio.gather(*(sleeper(f"S{i}", [0.2]) for i in range(4)))

asyncio.run(main())
