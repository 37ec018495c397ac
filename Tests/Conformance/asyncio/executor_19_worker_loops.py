# A worker thread has no running loop and no current loop until it sets one;
# it must hand results to the main loop with call_soon_threadsafe.
import asyncio
import threading


def in_worker():
    name = threading.current_thread().name
    for call in (asyncio.get_running_loop, asyncio.get_event_loop, asyncio.Future):
        try:
            call()
        except RuntimeError as e:
            print(f"{name}: {call.__name__}: {e}")
    own = asyncio.new_event_loop()
    asyncio.set_event_loop(own)
    print(name, "after set_event_loop:", asyncio.get_event_loop() is own)
    own.close()
    asyncio.set_event_loop(None)


async def main():
    await asyncio.to_thread(in_worker)
    t = threading.Thread(target=in_worker, name="plain")
    t.start()
    t.join()
    print("main loop unaffected:", asyncio.get_event_loop() is asyncio.get_running_loop())


asyncio.run(main())
