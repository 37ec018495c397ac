# Threads start, sleep for different times, and are joined; the main thread
# waits in join() while the others run.
import threading
import time


def worker(n):
    time.sleep(0.1 * n)
    print(f"worker {n} wakes after {0.1 * n:.1f} s in {threading.current_thread().name}")


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
print([t.name for t in threads])
print("alive before start:", [t.is_alive() for t in threads])
for t in threads:
    t.start()
print("started; active_count =", threading.active_count())
for t in threads:
    t.join()
    print("joined", t.name)
print("alive after join:", [t.is_alive() for t in threads])
print(f"elapsed {time.monotonic() - start:.1f} s; active_count = {threading.active_count()}")
