# CPU-bound threads share the interpreter: the GIL passes between them every
# sys.getswitchinterval() seconds, so both make progress, but together they
# take as long as running one after the other.
import sys
import threading

print("switch interval:", sys.getswitchinterval())
results = {}


def count(name, n):
    total = 0
    for i in range(n):
        total += i * i
    results[name] = total


threads = [threading.Thread(target=count, args=(name, n)) for name, n in [("big", 200000), ("small", 50000)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == {"big": sum(i * i for i in range(200000)), "small": sum(i * i for i in range(50000))})
print(sorted(results.items()))
sys.setswitchinterval(0.001)
print("now:", sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
