# gather returns results in argument order, whatever order children finish in.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return f"{name}:{delay}"

async def main():
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2))
    print(results)
    values = await asyncio.gather(*(job(f"j{i}", 0.1 * (3 - i)) for i in range(3)))
    print(values)

asyncio.run(main())
