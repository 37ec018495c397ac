# A cancelled getter leaves the queue; the item goes to the next one.
import asyncio

async def consumer(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer("a", q))
    b = asyncio.create_task(consumer("b", q))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    await q.put("item")
    await asyncio.gather(a, b, return_exceptions=True)
    print("qsize", q.qsize())

asyncio.run(main())
