# A Barrier releases its parties together once the last one arrives.
import threading
import time

arrivals = []
barrier = threading.Barrier(3, action=lambda: print("all three arrived"))


def runner(name, delay):
    time.sleep(delay)
    arrivals.append(name)
    index = barrier.wait()
    if index == 0:
        print("last to arrive was", name)


threads = [threading.Thread(target=runner, args=(n, d)) for n, d in [("x", 0.3), ("y", 0.1), ("z", 0.2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("arrival order:", arrivals)
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
b = threading.Barrier(2)
try:
    b.wait(timeout=0.1)
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout; broken:", b.broken)
