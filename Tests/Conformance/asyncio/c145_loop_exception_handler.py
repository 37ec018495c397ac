# A custom exception handler receives the context dict for callback errors.
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], "|", repr(context.get("exception")))

def bad(n):
    raise ValueError(n)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad, 1)
    loop.call_soon(print, "after bad")
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
