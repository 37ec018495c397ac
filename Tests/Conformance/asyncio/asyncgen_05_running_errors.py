# Two consumers of one async generator: while one awaits inside it, the
# generator is running and every other entry point refuses.
import asyncio


async def slow():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i


async def attempt(label, awaitable):
    try:
        print(label, "->", await awaitable)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


async def main():
    g = slow()
    first = asyncio.create_task(attempt("first", g.__anext__()))
    await asyncio.sleep(0)
    print("ag_running:", g.ag_running, type(g.ag_await).__name__)
    await attempt("anext", g.__anext__())
    await attempt("asend", g.asend(None))
    await attempt("athrow", g.athrow(ValueError))
    await attempt("aclose", g.aclose())
    await first
    print("ag_running:", g.ag_running, g.ag_await)
    a = g.__anext__()
    await attempt("awaited once", a)
    await attempt("awaited twice", a)
    c = g.aclose()
    await attempt("aclose once", c)
    await attempt("aclose twice", c)
    await attempt("after close", g.__anext__())


async def top():
    try:
        await main()
    except StopAsyncIteration:
        print("StopAsyncIteration reached main")


asyncio.run(top())
