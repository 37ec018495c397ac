# Scheduling: a bounded asyncio.Queue (maxsize 100) moving 200,000 items from
# 4 producers to 4 consumers. No sleeping: every switch is a put or get that
# had to wait, so both interpreters measure queue and wake-up work.
import asyncio

ITEMS = 200_000
PRODUCERS = 4
CONSUMERS = 4


async def producer(queue, first):
    for n in range(first, ITEMS, PRODUCERS):
        await queue.put(n)


async def consumer(queue, seen):
    count = total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        count += 1
        total = (total * 31 + item) % 1_000_003
        queue.task_done()
    queue.task_done()
    seen.append((count, total))


async def main():
    queue = asyncio.Queue(maxsize=100)
    seen = []
    consumers = [asyncio.create_task(consumer(queue, seen)) for _ in range(CONSUMERS)]
    await asyncio.gather(*(producer(queue, p) for p in range(PRODUCERS)))
    for _ in range(CONSUMERS):
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*consumers)
    print("consumed", sum(c for c, _ in seen), "per consumer", sorted(c for c, _ in seen))
    print("checksum", sum(t for _, t in seen) % 1_000_000_007)


asyncio.run(main())
