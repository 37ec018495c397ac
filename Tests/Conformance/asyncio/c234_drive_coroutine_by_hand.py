# Driving coroutines by hand shows what a task sees: None for sleep(0), a future otherwise.
import asyncio

async def plain():
    return "plain result"

async def yields_once():
    await asyncio.sleep(0)
    return "after one yield"

c = plain()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

c = yields_once()
print("first send yields:", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("second send finishes:", e.value)

loop = asyncio.new_event_loop()
fut = loop.create_future()

async def waits():
    return await fut

c = waits()
y = c.send(None)
print("yielded the future:", y is fut, y._asyncio_future_blocking)
fut.set_result(11)
try:
    c.send(None)
except StopIteration as e:
    print("after set_result:", e.value)
loop.close()
