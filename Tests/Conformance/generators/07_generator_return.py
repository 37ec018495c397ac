def worker(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} finished after {steps}"
def supervisor():
    results = []
    for name, steps in [("a", 2), ("b", 1), ("c", 0)]:
        r = yield from worker(name, steps)
        results.append(r)
    return results
gen = supervisor()
while True:
    try:
        print(next(gen))
    except StopIteration as stop:
        print("all done:", stop.value)
        break
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
def immediate():
    return 5
    yield
try:
    next(immediate())
except StopIteration as e:
    print("immediate return value", e.value)
