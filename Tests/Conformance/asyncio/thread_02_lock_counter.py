# A shared counter updated by several threads under a Lock.
import threading
import time

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(20000,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
print("locked after use:", lock.locked())
print("acquire(blocking=False):", lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("RLock re-entered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
