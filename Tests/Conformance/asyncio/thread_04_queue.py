# Producer/consumer with queue.Queue: the consumer blocks in get() until an
# item arrives; join() waits until every item is marked done.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
start = time.monotonic()


def producer():
    for i in range(5):
        time.sleep(0.1)
        q.put(i)
        print(f"put {i} at {time.monotonic() - start:.1f}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.3)
        print(f"  processed {item} at {time.monotonic() - start:.1f}")
        q.task_done()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
threads[0].join()
print("producer done; unfinished tasks:", q.unfinished_tasks)
q.join()
print("queue drained; empty:", q.empty())
threads[1].join()
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait on empty queue: Empty")
try:
    q.get(timeout=0.1)
except queue.Empty:
    print(f"get(timeout=0.1): Empty at {time.monotonic() - start:.1f}")
