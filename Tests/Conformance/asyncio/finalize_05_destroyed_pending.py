# "Task was destroyed but it is pending!": a task dropped before it finished.
# Closing a loop drops the first step of a task that never ran; tasks still
# pending when the program ends are reported at exit, after their coroutines
# were closed (their finally blocks run first).
import asyncio


def handler(loop, context):
    task = context["task"]
    print(f"  handler: {context['message']} | {task.get_name()} | done={task.done()}")


async def never_started():
    print("never printed")


async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    finally:
        print(f"  {tag}: finally")


def run_and_abandon():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    loop.create_task(sleeper("first"), name="first")
    loop.create_task(sleeper("second"), name="second")
    loop.run_until_complete(asyncio.sleep(0.1))
    loop.close()
    print("loop closed with two pending tasks")


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.create_task(never_started(), name="unstarted")
print("closing the loop")
loop.close()
print("closed")
run_and_abandon()
print("end of program")
