# Task numbers continue across asyncio.run calls (one counter per process).
import asyncio

async def child():
    return asyncio.current_task().get_name()

async def main(tag):
    me = asyncio.current_task().get_name()
    c = await asyncio.create_task(child())
    print(tag, "main:", me, "child:", c)

asyncio.run(main("first"))
asyncio.run(main("second"))
