# Timer scheduling argument errors, and callbacks checked only when they run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for label, call in (("call_later('1')", lambda: loop.call_later("1", print)),
                        ("call_later(None)", lambda: loop.call_later(None, print)),
                        ("call_at(None)", lambda: loop.call_at(None, print)),
                        ("call_later kw", lambda: loop.call_later(1, print, end="")),
                        ("call_soon no callback", lambda: loop.call_soon())):
        try:
            call()
        except TypeError as e:
            print(label, "->", e)
    h = loop.call_later(True, print, "delay True is one second")
    print(round(h.when() - loop.time(), 1))
    loop.call_soon(None)
    loop.call_soon(print, "the loop survives a None callback")
    await asyncio.sleep(1.5)

asyncio.run(main())
