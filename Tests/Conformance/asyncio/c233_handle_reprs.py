# Handle reprs for built-in callbacks (no addresses or paths involved).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x", 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    t = loop.call_later(10, print, "y")
    text = repr(t)
    print(text.startswith("<TimerHandle when="), text.endswith(" print('y')>"))
    t.cancel()
    print(repr(t).startswith("<TimerHandle cancelled when="))
    g = loop.call_soon(len, [1, 2])
    print(g)
    await asyncio.sleep(0)

asyncio.run(main())
