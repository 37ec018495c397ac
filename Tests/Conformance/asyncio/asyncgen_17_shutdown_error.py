# Async generators whose cleanup fails at the end of asyncio.run. One still
# referenced is closed by shutdown_asyncgens: "an error occurred during closing
# of asynchronous generator ...". One dropped when main returns gets its aclose
# task from the finalizer hook; that task is cancelled with the other leftovers,
# so the CancelledError is thrown into the generator, whose cleanup error is
# "unhandled exception during asyncio.run() shutdown".
import asyncio


async def broken(tag):
    try:
        yield 1
    finally:
        raise ValueError(f"cleanup of {tag} failed")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0])
    print("  exception:", repr(context["exception"]))
    print("  keys:", sorted(context))


survivors = []


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    for g in (broken("global"), stubborn()):
        await anext(g)
        survivors.append(g)
    local = broken("local")
    await anext(local)
    print("main returns")


asyncio.run(main())
print("done")
