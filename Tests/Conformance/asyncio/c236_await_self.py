# A task cannot await itself; a coroutine cannot be awaited twice.
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "ok"

async def once():
    return 1

async def main():
    print(await asyncio.create_task(selfish()))
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
