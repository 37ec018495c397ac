# Threads queue up on a held lock and get it in the order they asked.
import threading
import time

lock = threading.Lock()
order = []


def user(name, arrive):
    time.sleep(arrive)
    print(f"{name} asks at {arrive}")
    with lock:
        order.append(name)
        print(f"{name} holds the lock")
        time.sleep(0.2)


threads = [threading.Thread(target=user, args=(n, a)) for n, a in [("A", 0.0), ("B", 0.05), ("C", 0.1), ("D", 0.15)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
