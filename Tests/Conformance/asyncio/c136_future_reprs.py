# Future reprs in each state (no callbacks attached, so no addresses or paths).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, repr(f) == str(f))
    f.set_result({"k": [1, 2]})
    print(f)
    g = loop.create_future()
    g.set_result(None)
    print(g)
    h = loop.create_future()
    h.set_exception(ValueError("bad"))
    print(h)
    h.exception()
    c = loop.create_future()
    c.cancel()
    print(c)
    m = loop.create_future()
    m.cancel("with message")
    print(m)
    s = loop.create_future()
    s.set_result("a string")
    print([s])

asyncio.run(main())
