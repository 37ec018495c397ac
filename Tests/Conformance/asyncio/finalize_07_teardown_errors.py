# asyncio.run teardown: a task that fails while being cancelled is reported as
# "unhandled exception during asyncio.run() shutdown"; tasks that finish
# quietly are not. run_until_complete's own task is never reported pending.
import asyncio


def handler(loop, context):
    print("handler:", context["message"], "|", repr(context.get("exception")),
          "|", context["task"].get_name())


async def grumpy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("refuses to be cancelled quietly")


async def quiet():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "returned instead"


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(grumpy(), name="grumpy")
    asyncio.create_task(quiet(), name="quiet")
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())


async def stops_early():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
try:
    loop.run_until_complete(stops_early())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("end")
