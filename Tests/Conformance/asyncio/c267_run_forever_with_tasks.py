# run_forever with tasks; a task stops the loop; a later run continues it.
import asyncio

loop = asyncio.new_event_loop()

async def worker():
    for i in range(4):
        print("worker", i)
        if i == 1:
            loop.stop()
        await asyncio.sleep(0)
    return "worker done"

t = loop.create_task(worker())
loop.run_forever()
print("stopped; task done?", t.done())
print(loop.run_until_complete(t))
loop.close()
