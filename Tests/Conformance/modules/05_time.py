import time
t0 = time.perf_counter()
m0 = time.monotonic()
now = time.time()
print(type(t0).__name__, type(now).__name__, now > 1_600_000_000)
time.sleep(0.01)
t1 = time.perf_counter()
print("elapsed positive:", t1 - t0 > 0, "monotonic:", time.monotonic() >= m0)
print(type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
total = 0
start = time.perf_counter()
for i in range(1000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
time.sleep(0)
print(callable(time.sleep), time.sleep(0) is None)
