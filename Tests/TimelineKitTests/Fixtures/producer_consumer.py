import asyncio


async def producer(queue):
    for i in range(3):
        await asyncio.sleep(0.2)
        await queue.put(i)
        print("put", i)
    await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0.5)  # a slow consumer: the producer waits for room


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
