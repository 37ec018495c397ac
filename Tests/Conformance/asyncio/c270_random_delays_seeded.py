# Simulated downloads with seeded random delays finish in delay order.
import asyncio
import random

async def fetch(url, delay):
    await asyncio.sleep(delay)
    print("fetched", url)
    return len(url)

async def main():
    random.seed(7)
    delays = [random.randint(1, 9) / 10 for _ in range(5)]
    while len(set(delays)) < 5:
        delays = [random.randint(1, 9) / 10 for _ in range(5)]
    print(delays)
    urls = [f"site{i}.example" for i in range(5)]
    sizes = await asyncio.gather(*(fetch(u, d) for u, d in zip(urls, delays)))
    print(sizes)

asyncio.run(main())
