# as_completed with futures completed by callbacks, duplicate inputs, an
# empty input, and a timeout that leaves several waiters.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.3, fs[2].set_result, "third")
    loop.call_later(0.1, fs[0].set_result, "first")
    loop.call_later(0.2, fs[1].set_exception, LookupError("second"))
    for aw in asyncio.as_completed(fs + [fs[0]]):
        try:
            print(await aw)
        except LookupError as e:
            print("error", e)
    print("empty:", list(asyncio.as_completed([])))
    late = [loop.create_future() for _ in range(3)]
    loop.call_later(0.5, late[1].set_result, "in time")
    got = []
    for aw in asyncio.as_completed(late, timeout=1):
        try:
            got.append(await aw)
        except asyncio.TimeoutError:
            got.append("timeout")
    print(got, round(loop.time() - start, 1))
    print("late futures untouched:", [f.done() for f in late])

asyncio.run(main())
