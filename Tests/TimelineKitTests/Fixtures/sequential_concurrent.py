import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    # One after the other: 1 s, then 2 s more.
    await say_after(1, "hello")
    await say_after(2, "world")
    # Side by side: both sleeps overlap, 2 s in all.
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    await task1
    await task2


asyncio.run(main())
