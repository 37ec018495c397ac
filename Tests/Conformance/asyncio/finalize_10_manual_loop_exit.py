# A loop left running tasks when the program ends, without being closed: at
# exit each pending task's coroutine is closed (its finally runs), then the
# task is reported destroyed; a failed task nobody awaited reports its error.
import asyncio


def handler(loop, context):
    what = context.get("task") or context.get("future")
    print(f"  handler: {context['message']} | {what.get_name()} | {context.get('exception')!r}")


async def waiter(event, tag):
    try:
        await event.wait()
    finally:
        print(f"  {tag}: finally")


async def fail():
    raise ValueError("nobody awaited me")


def start():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    event = asyncio.Event()
    loop.create_task(waiter(event, "w1"), name="w1")
    loop.create_task(waiter(event, "w2"), name="w2")
    loop.run_until_complete(asyncio.sleep(0.1))
    print("start returns, loop not closed")


start()
print("end of program")
