# Done-callbacks run in the worker thread right after the job, or at once
# when added to a finished future.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def report(fut):
    print("callback in", threading.current_thread().name, "->", fut.result())


def job(x):
    time.sleep(0.1)
    return x * 2


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
    fut = pool.submit(job, 21)
    fut.add_done_callback(report)
    print("callback added")
    fut.result()
    time.sleep(0.05)
    fut.add_done_callback(report)
    print("second callback ran inline")
