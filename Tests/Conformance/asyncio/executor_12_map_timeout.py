# Executor.map(timeout=...) raises TimeoutError when the next result is late.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(lambda s: (time.sleep(s), s)[1], [0.1, 0.5], timeout=0.3):
            print("got", r)
    except TimeoutError:
        print("TimeoutError while waiting for the 0.5 s job")
print("pool closed after the slow job finished")
