# asyncio.run closes async generators left suspended: after the remaining tasks
# were cancelled (their cleanup runs first), shutdown_asyncgens acloses them.
import asyncio


async def resource(tag):
    try:
        print(tag, "opened")
        while True:
            yield tag
            await asyncio.sleep(0)
    finally:
        print(tag, "finally: starts")
        await asyncio.sleep(0.1)
        print(tag, "finally: done")


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background cancelled at teardown")


kept = []


async def main():
    asyncio.create_task(background())
    g = resource("held by a global")
    kept.append(g)
    print(await anext(g))
    async for tag in resource("left in async for"):
        print("main got", tag)
        break
    h = resource("never iterated")
    print("main returns")


asyncio.run(main())
print("after run")
