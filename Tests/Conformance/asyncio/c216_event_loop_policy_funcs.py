# new_event_loop / set_event_loop / get_event_loop outside and inside a running loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is the set loop:", asyncio.get_event_loop() is loop)

async def main():
    running = asyncio.get_running_loop()
    print("running loop is loop:", running is loop)
    print("get_event_loop inside:", asyncio.get_event_loop() is running)
    other = asyncio.new_event_loop()
    print("new loop differs:", other is not running, other.is_running())
    other.close()

loop.run_until_complete(main())
asyncio.set_event_loop(None)
loop.close()
second = asyncio.new_event_loop()
print(second.run_until_complete(asyncio.sleep(0, "second loop works")))
second.close()
