# wait(FIRST_EXCEPTION) stops at the first failure, or when all finish without one.
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"failed at {d}")
    return d

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(1), name="a"), asyncio.create_task(job(2, True), name="b"),
          asyncio.create_task(job(3), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), round(loop.time() - t0, 1))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    ok = [asyncio.create_task(job(0.5), name=f"ok{i}") for i in range(2)]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), round(loop.time() - t0, 1))
    print("pending left:", len(pending))

asyncio.run(main())
