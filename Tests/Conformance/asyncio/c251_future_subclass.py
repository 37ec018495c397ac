# Futures and tasks can be subclassed and awaited.
import asyncio

class Tagged(asyncio.Future):
    def tag(self):
        return "tagged:" + str(self.result())

async def main():
    loop = asyncio.get_running_loop()
    f = Tagged()
    loop.call_later(0.1, f.set_result, 5)
    print(await f, f.tag(), isinstance(f, asyncio.Future), type(f).__name__)

asyncio.run(main())
