# threading.Timer runs a function after a delay unless cancelled first.
import threading
import time

start = time.monotonic()


def ring(label):
    print(f"{label} at {time.monotonic() - start:.1f}")


t1 = threading.Timer(0.3, ring, args=("timer 1",))
t2 = threading.Timer(0.5, ring, args=("timer 2",))
t3 = threading.Timer(0.1, ring, kwargs={"label": "timer 3"})
for t in (t1, t2, t3):
    t.start()
time.sleep(0.2)
t2.cancel()
print("cancelled timer 2")
for t in (t1, t2, t3):
    t.join()
print(f"all joined at {time.monotonic() - start:.1f}")
