# A handle cancelled by an earlier callback of the same batch is skipped.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    def first():
        print("first cancels second")
        handles["second"].cancel()
    loop.call_soon(first)
    handles["second"] = loop.call_soon(print, "second (never)")
    loop.call_soon(print, "third")
    await asyncio.sleep(0)
    print("main")

asyncio.run(main())
