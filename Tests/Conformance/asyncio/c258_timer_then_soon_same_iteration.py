# Timers due in one iteration all run before callbacks they schedule.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def first():
        print("timer 1")
        loop.call_soon(print, "soon from timer 1")
    def second():
        print("timer 2")
        loop.call_soon(print, "soon from timer 2")
    loop.call_later(0.1, first)
    loop.call_later(0.1, second)
    loop.call_later(0.2, print, "timer 3")
    await asyncio.sleep(0.3)
    print("main done")

asyncio.run(main())
