# Timers fire by deadline, regardless of the order they were created in.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    def fire(name):
        print(name, "at", round(loop.time() - t0, 1))
    loop.call_later(0.3, fire, "c")
    loop.call_later(0.1, fire, "a")
    loop.call_later(0.2, fire, "b")
    loop.call_at(t0 + 0.4, fire, "at t0+0.4")
    loop.call_later(0.6, fire, "last")
    await asyncio.sleep(0.8)
    print("main woke at", round(loop.time() - t0, 1))

asyncio.run(main())
