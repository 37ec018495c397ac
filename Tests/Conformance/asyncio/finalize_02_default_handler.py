# The default exception handler's text: the message, one "key: repr" line per
# other key in sorted order, then the exception. It is logged to sys.stderr,
# which this program points at stdout.
import asyncio
import sys

sys.stderr = sys.stdout


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with extras", "zeta": [1, 2], "alpha": "a", "mid": None})
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k"), "where": "here"})
    loop.call_exception_handler({"exception": ValueError("no message")})
    loop.default_exception_handler({"message": "direct call", "n": 3})
    fut = loop.create_future()
    fut.set_exception(RuntimeError("never looked at"))
    print("before del fut")
    del fut
    print("after del fut")
    fut = loop.create_future()
    fut.set_exception(RuntimeError("looked at"))
    print("exception() ->", repr(fut.exception()))
    del fut
    fut = loop.create_future()
    fut.set_exception(RuntimeError("cancel does not count"))
    fut.cancel()
    del fut
    print("main returns")


asyncio.run(main())
