# stop() during run_until_complete leaves the future unfinished.
import asyncio

loop = asyncio.new_event_loop()

async def long():
    await asyncio.sleep(10)

loop.call_later(0.5, loop.stop)
t = loop.create_task(long())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done?", t.done())
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("then cancelled:", t.cancelled())
loop.close()
