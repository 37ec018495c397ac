# shutdown(wait=False, cancel_futures=True) drops the queued jobs; the
# running one still finishes.
import time
from concurrent.futures import ThreadPoolExecutor


def job(i):
    time.sleep(0.2)
    print("job", i, "done")
    return i


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, i) for i in range(4)]
time.sleep(0.1)
pool.shutdown(wait=False, cancel_futures=True)
print("shutdown returned")
print([f.cancelled() for f in futures])
print("first result:", futures[0].result())
pool.shutdown(wait=True)
print("states:", [("cancelled" if f.cancelled() else f.result()) for f in futures])
