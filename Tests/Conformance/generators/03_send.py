def echo():
    print("  started")
    received = None
    while True:
        received = yield f"echo:{received}"
        print("  received", received)
        if received == "stop":
            return "stopped cleanly"
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration:", e.value)
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulate()
next(acc)
acc.send(5)
acc.send(7)
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)
