# concurrent.futures.Future: result(timeout), done, running, cancel.
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError, TimeoutError


def slow(x):
    time.sleep(0.3)
    return x + 1


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(slow, 1)
second = pool.submit(slow, 2)
print("first running:", first.running(), "done:", first.done())
print("second running:", second.running(), "done:", second.done())
try:
    first.result(timeout=0.1)
except TimeoutError:
    print("TimeoutError after 0.1 s; still running:", first.running())
print("cancel running job:", first.cancel())
print("cancel queued job:", second.cancel(), "cancelled:", second.cancelled())
print("first result:", first.result())
try:
    second.result()
except CancelledError:
    print("second: CancelledError")
print("exception():", first.exception())
bad = pool.submit(int, "x")
print("exception():", repr(bad.exception()))
try:
    bad.result()
except ValueError as e:
    print("result() raises:", e)
pool.shutdown()
try:
    pool.submit(slow, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(TimeoutError.__name__, issubclass(CancelledError, Exception))
