# get_event_loop at module level creates a loop (3.11, with a DeprecationWarning on stderr).
import asyncio

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(asyncio.get_event_loop() is loop)

async def main():
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(main()))
loop.close()
