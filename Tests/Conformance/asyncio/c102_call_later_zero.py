# A due timer joins the ready queue behind what is already there (R3).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later(0) #1")
    loop.call_soon(print, "soon #1")
    loop.call_later(0, print, "later(0) #2")
    loop.call_later(-1, print, "later(-1)")
    loop.call_soon(print, "soon #2")
    print("main scheduled")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)
    print("main after two turns")

asyncio.run(main())
