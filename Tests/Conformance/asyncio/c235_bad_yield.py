# A task whose awaitable yields something other than a future gets RuntimeError.
import asyncio

class Weird:
    def __await__(self):
        yield 42
        return "never"

async def uses_weird():
    try:
        await Weird()
    except RuntimeError as e:
        print("RuntimeError:", e)
        return "recovered"

async def main():
    print(await asyncio.create_task(uses_weird()))
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
