# TaskGroup misuse: create_task after it finished.
import asyncio

async def nothing():
    return None

async def main():
    tg = asyncio.TaskGroup()
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before enter:", str(e).split(" has ")[1])
    c.close()
    async with tg:
        tg.create_task(nothing())
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after exit:", str(e).split(" is ")[1])
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("re-enter:", str(e).split(" has ")[1])

asyncio.run(main())
