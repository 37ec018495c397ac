# TimerHandle.when() is the absolute loop time; handles compare by it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = loop.call_later(1.5, print, "a")
    b = loop.call_at(t0 + 0.5, print, "b")
    print(type(a).__name__, type(b).__name__)
    print(round(a.when() - t0, 1), b.when() == t0 + 0.5)
    print(isinstance(a, asyncio.TimerHandle), isinstance(a, asyncio.Handle))
    print(b < a, a > b, a == a)
    await asyncio.sleep(2)

asyncio.run(main())
