# Threads block on an Event until the main thread sets it; wait(timeout)
# returns False when the time runs out first.
import threading
import time

ready = threading.Event()
start = time.monotonic()


released = []


def waiter(name):
    ready.wait()
    released.append(f"{name}@{time.monotonic() - start:.1f}")


def impatient():
    got = ready.wait(timeout=0.2)
    print(f"impatient gave up: {not got} at {time.monotonic() - start:.1f}")


threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(2)]
threads.append(threading.Thread(target=impatient))
for t in threads:
    t.start()
time.sleep(0.5)
print("main sets the event")
ready.set()
for t in threads:
    t.join()
print("released:", sorted(released))
print("is_set:", ready.is_set())
ready.clear()
print("after clear:", ready.is_set(), ready.wait(0.1))
