# Cancelled handles and timers never run; cancelled() reports it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "h1 (cancelled)")
    h2 = loop.call_soon(print, "h2")
    t1 = loop.call_later(0.1, print, "t1 (cancelled)")
    t2 = loop.call_later(0.1, print, "t2")
    far = loop.call_later(100, print, "far (cancelled)")
    for h in (h1, t1, far):
        h.cancel()
    h1.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), far.cancelled())
    t0 = loop.time()
    await asyncio.sleep(0.2)
    print("done at", round(loop.time() - t0, 1))
    h3 = loop.call_soon(print, "h3")
    await asyncio.sleep(0)
    h3.cancel()
    print("cancel after running:", h3.cancelled())

asyncio.run(main())
