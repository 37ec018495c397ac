# asyncio.run refuses non-coroutines and nested calls; get_running_loop needs a loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    return "done"

print(asyncio.run(nested()))
