# Reading a pending future's result ends the program with InvalidStateError.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    print("done?", fut.done())
    return fut.result()

asyncio.run(main())
