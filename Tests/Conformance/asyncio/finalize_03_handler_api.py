# set_exception_handler / get_exception_handler / call_exception_handler, and
# a loop subclass overriding default_exception_handler.
import asyncio


def handler(loop, context):
    print("custom handler got:", sorted(context), context.get("message"))


class MyLoop(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        print("MyLoop default handler:", context["message"], repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "hello", "extra": 1})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())

loop = MyLoop()
loop.call_exception_handler({"message": "through the subclass"})


def raising_handler(loop, context):
    raise KeyError("handler failed")


loop.set_exception_handler(raising_handler)
loop.call_exception_handler({"message": "handler will fail"})
loop.close()
