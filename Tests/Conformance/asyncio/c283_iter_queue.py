# Iterations of Queue handovers between producer and consumer.
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    n = 0
    def _run_once(self):
        CountingLoop.n += 1
        super()._run_once()

def p(*args):
    print(f"[iter {CountingLoop.n}]", *args)

async def consumer(q):
    while True:
        item = await q.get()
        p("got", item)
        q.task_done()
        if item is None:
            return

async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    for item in (1, 2, None):
        await q.put(item)
        p("put", item)
    await q.join()
    p("joined")
    await c

with asyncio.Runner(loop_factory=CountingLoop) as r:
    r.run(main())
