# Future basics: done/cancelled/result/exception, set_exception with a class.
import asyncio

def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, repr(str(e)))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show("result", f.result)
    show("exception", f.exception)
    f.set_exception(ValueError)
    show("exception()", f.exception)
    show("result()", f.result)
    show("set_result", lambda: f.set_result(1))
    show("set_exception", lambda: f.set_exception(KeyError()))
    show("cancel", f.cancel)
    g = loop.create_future()
    show("StopIteration", lambda: g.set_exception(StopIteration()))
    show("not an exception", lambda: g.set_exception(5))
    show("done", g.done)
    print(asyncio.isfuture(g), asyncio.isfuture(5), isinstance(g, asyncio.Future))
    print(g.get_loop() is loop)
    g.cancel()

asyncio.run(main())
