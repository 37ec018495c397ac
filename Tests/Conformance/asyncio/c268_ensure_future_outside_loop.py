# ensure_future with an explicit loop before the loop runs.
import asyncio

async def work():
    return "worked"

loop = asyncio.new_event_loop()
t = asyncio.ensure_future(work(), loop=loop)
print(type(t).__name__, t.done(), t.get_loop() is loop)
print(loop.run_until_complete(t))
f = loop.create_future()
print(asyncio.ensure_future(f, loop=loop) is f)
loop.close()
