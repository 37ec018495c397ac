async def compute(x):
    print("  compute running with", x)
    return x * 2
coro = compute(21)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("returns None:", e.value, repr(e))
print(compute.__name__, c.__name__, c.__qualname__)
