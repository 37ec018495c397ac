# A Semaphore(2) lets two threads into the section at a time.
import threading
import time

slots = threading.Semaphore(2)
start = time.monotonic()


def visit(name, seconds):
    with slots:
        print(f"{name} in at {time.monotonic() - start:.1f}")
        time.sleep(seconds)
        print(f"{name} out at {time.monotonic() - start:.1f}")


threads = [threading.Thread(target=visit, args=(n, s))
           for n, s in [("A", 0.3), ("B", 0.5), ("C", 0.3), ("D", 0.1)]]
for t in threads:
    t.start()
    time.sleep(0.01)
for t in threads:
    t.join()
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print("non-blocking acquire on empty:", threading.Semaphore(0).acquire(blocking=False))
