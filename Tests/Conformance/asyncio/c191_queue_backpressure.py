# A bounded queue makes the producer wait for the consumer.
import asyncio

async def producer(q):
    for i in range(5):
        print("put", i, "qsize", q.qsize())
        await q.put(i)
    await q.put(None)
    print("producer done")

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0.1)

async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "full?", q.full())
    await asyncio.gather(producer(q), consumer(q))
    print("empty?", q.empty())

asyncio.run(main())
