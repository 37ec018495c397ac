# Condition: consumers wait for items; each notify wakes the longest waiter.
import threading
import time

items = []
cond = threading.Condition()


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        print(name, "took", items.pop(0))


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.1)
with cond:
    items.append("first")
    cond.notify()
time.sleep(0.1)
with cond:
    items.append("second")
    cond.notify()
time.sleep(0.1)
with cond:
    items.append("third")
    cond.notify_all()
for t in threads:
    t.join()
print("left:", items)
with cond:
    print("wait_for with timeout:", cond.wait_for(lambda: items, timeout=0.1))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
