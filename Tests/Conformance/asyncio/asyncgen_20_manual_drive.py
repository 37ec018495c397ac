# Driving async generator awaitables by hand, as an event loop would: send(),
# throw() and close() on the asend/athrow objects.
import asyncio


class Pause:
    def __await__(self):
        value = yield "paused"
        return value


async def gen():
    got = await Pause()
    print("await returned", got)
    received = yield "first"
    print("yield returned", received)
    try:
        yield "second"
    except KeyError as e:
        print("caught", repr(e))
        yield "recovered"


def step(awaitable, value=None):
    try:
        print("suspended with", awaitable.send(value))
    except StopIteration as e:
        print("result", e.value)


g = gen()
a = g.asend(None)
step(a)
step(a, "resume")
step(g.asend("hello"))
t = g.athrow(KeyError("k"))
step(t)
try:
    g.asend(None).throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
c = g.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration:
    print("aclose finished")
a2 = g.asend(None)
a2.close()
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
