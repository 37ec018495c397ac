# Iterations of plain callbacks and timers.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def main():
    loop = asyncio.get_running_loop()
    def cb(name, again):
        p(name)
        if again:
            loop.call_soon(cb, name + "+", again - 1)
    loop.call_soon(cb, "soon", 2)
    loop.call_later(0, cb, "later0", 0)
    loop.call_later(0.1, cb, "later0.1", 1)
    f = loop.create_future()
    loop.call_later(0.2, f.set_result, "done")
    f.add_done_callback(lambda _: p("future callback"))
    p("main awaits", await f)

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
