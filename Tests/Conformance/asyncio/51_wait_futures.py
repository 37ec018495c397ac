# asyncio.wait on plain futures and tasks together; a timeout with nothing
# done; cancelled inputs count as done; the caller being cancelled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(1, f1.set_result, "one")
    loop.call_later(2, f2.cancel)
    done, pending = await asyncio.wait([f1, f2], timeout=0.5)
    print("nothing yet:", len(done), len(pending))
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_EXCEPTION)
    print("after f1:", f1 in done, f2 in pending)
    done, pending = await asyncio.wait([f2], return_when=asyncio.FIRST_EXCEPTION)
    print("cancelled counts as done:", f2 in done, f2.cancelled())
    f3 = loop.create_future()
    waiter = asyncio.create_task(asyncio.wait([f3]))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled; f3 untouched:", f3.cancelled(), f3.done())
    g = loop.create_future()
    g.set_exception(OSError("io"))
    done, pending = await asyncio.wait([g, f3], return_when=asyncio.FIRST_EXCEPTION)
    print("failed future:", [repr(x.exception()) for x in done], len(pending))
    done, pending = await asyncio.wait([g, f3], timeout=0)
    print("timeout 0:", len(done), len(pending))
    try:
        await asyncio.wait(f for f in [f1])
    except TypeError as e:
        print(e)
    done, pending = await asyncio.wait(iter([f1]))
    print("iterator input:", len(done))

asyncio.run(main())
