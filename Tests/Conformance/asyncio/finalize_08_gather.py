# gather marks the exceptions of its children as retrieved, so a failing gather
# reports only through its own result; a failed gather nobody awaits reports
# "_GatheringFuture exception was never retrieved".
import asyncio


def handler(loop, context):
    print("handler:", context["message"], "|", repr(context["exception"]))


async def fail(tag, delay):
    await asyncio.sleep(delay)
    raise ValueError(tag)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    try:
        await asyncio.gather(fail("first", 0.1), fail("second", 0.2))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.3)
    print("second failed meanwhile: no report")
    g = asyncio.gather(fail("unobserved", 0.1))
    await asyncio.sleep(0.2)
    print("dropping the gather")
    del g
    print("main returns")


asyncio.run(main())
