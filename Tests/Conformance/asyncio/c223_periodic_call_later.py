# A callback that re-arms itself with call_later ticks on the virtual clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    done = loop.create_future()
    state = {"n": 0}
    def tick():
        state["n"] += 1
        print("tick", state["n"], "at", round(loop.time() - t0, 1))
        if state["n"] < 4:
            loop.call_later(0.3, tick)
        else:
            done.set_result(state["n"])
    loop.call_later(0.3, tick)
    print("ticks:", await done)

asyncio.run(main())
