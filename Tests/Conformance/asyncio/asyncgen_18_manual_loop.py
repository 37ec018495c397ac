# With a loop managed by hand, generators stay suspended until
# loop.shutdown_asyncgens() is run.
import asyncio


async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "closed")


async def start(g):
    return await anext(g)


loop = asyncio.new_event_loop()
a = gen("a")
b = gen("b")
print(loop.run_until_complete(start(a)))
print(loop.run_until_complete(start(b)))
print("running shutdown_asyncgens")
coro = loop.shutdown_asyncgens()
print(type(coro).__name__, coro.__qualname__)
loop.run_until_complete(coro)
print("again, nothing left:")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(a.ag_frame, b.ag_frame)
