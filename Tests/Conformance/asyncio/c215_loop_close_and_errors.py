# Closed-loop errors, double close, and running a loop inside itself.
import asyncio

loop = asyncio.new_event_loop()

async def inner():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("nested run:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    print("running inside:", loop.is_running())

loop.run_until_complete(inner())
loop.close()
loop.close()
print("closed twice fine:", loop.is_closed())
for name, call in (("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("run_forever", loop.run_forever)):
    try:
        call()
    except RuntimeError as e:
        print(name, "->", e)
