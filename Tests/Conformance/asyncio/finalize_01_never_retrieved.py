# "Task exception was never retrieved" goes to the loop's exception handler
# when the failed task object dies: right after its last step when nothing
# holds it, at `del`, or when the coroutine holding it returns.
import asyncio


def handler(loop, context):
    task = context["future"]
    print(f"  handler: {context['message']} | {task.get_name()} | {context['exception']!r}")


async def fail(tag):
    raise ValueError(tag)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(fail("fire-and-forget"), name="anon")
    print("main: created anon")
    await asyncio.sleep(0)
    print("main: one iteration later")
    kept = asyncio.create_task(fail("kept"), name="kept")
    await asyncio.sleep(0)
    print("main: kept failed, still referenced")
    del kept
    print("main: after del kept")
    seen = asyncio.create_task(fail("seen"), name="seen")
    await asyncio.sleep(0)
    print("main: retrieved", repr(seen.exception()))
    del seen
    awaited = asyncio.create_task(fail("awaited"), name="awaited")
    try:
        await awaited
    except ValueError as e:
        print("main: awaited raised", repr(e))
    del awaited
    held = asyncio.create_task(fail("held"), name="held")
    await asyncio.sleep(0)
    print("main: returns while holding 'held'")


asyncio.run(main())
print("after asyncio.run")
