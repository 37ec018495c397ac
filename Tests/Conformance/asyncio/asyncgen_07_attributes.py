# ag_running, ag_await, ag_frame, ag_code through a generator's life.
import asyncio


async def worker(event):
    print("inside: ag_running =", gen.ag_running)
    yield "ready"
    await event.wait()
    yield "released"


async def main():
    global gen
    event = asyncio.Event()
    gen = worker(event)
    print("fresh:", gen.ag_running, gen.ag_await, gen.ag_frame is not None, gen.ag_code.co_name)
    print(await gen.__anext__())
    print("suspended at yield:", gen.ag_running, gen.ag_await)
    task = asyncio.create_task(gen.__anext__())
    await asyncio.sleep(0)
    print("waiting on event:", gen.ag_running, type(gen.ag_await).__name__)
    print("frame line:", gen.ag_frame.f_lineno)
    event.set()
    print(await task)
    print("after:", gen.ag_running, gen.ag_await)
    await gen.aclose()
    print("closed:", gen.ag_running, gen.ag_frame)


asyncio.run(main())
