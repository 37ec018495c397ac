# sleep(0) hands the turn to every other ready task, in queue order.
import asyncio

async def worker(name, rounds):
    for i in range(rounds):
        print(f"{name} round {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name * rounds

async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)

asyncio.run(main())
