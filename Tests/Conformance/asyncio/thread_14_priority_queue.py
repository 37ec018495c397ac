# PriorityQueue and LifoQueue hand items out by priority and last-in first-out;
# workers take jobs until a sentinel arrives.
import queue
import threading
import time

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], lq.empty())

jobs = queue.Queue()
done = []


def worker(name):
    while True:
        job = jobs.get()
        if job is None:
            break
        time.sleep(job)
        done.append((name, job))


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in threads:
    t.start()
for job in [0.3, 0.1, 0.1, 0.3]:
    jobs.put(job)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
print("finish order:", [job for _, job in done])
print("jobs per worker:", sorted(sum(1 for n, _ in done if n == name) for name in ("w0", "w1")))
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.qsize(), sq.empty())
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("SimpleQueue empty")
