# A loop driven by hand: run_until_complete with coroutines, tasks and futures.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
t = loop.create_task(add(3, 4))
print(t.get_name(), loop.run_until_complete(t))
f = loop.create_future()
loop.call_soon(f.set_result, "future value")
print(loop.run_until_complete(f))
try:
    loop.run_until_complete(add(1, "x"))
except TypeError as e:
    print("TypeError:", e)
loop.close()
print(loop.is_running(), loop.is_closed())
c = add(5, 6)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
