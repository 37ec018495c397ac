# as_completed yields futures as they finish; wait() can stop at the first.
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED)


def fetch(name, seconds):
    time.sleep(seconds)
    return f"{name} ({seconds} s)"


start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch, n, s) for n, s in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    for fut in as_completed(futures):
        print("completed:", fut.result(), f"at {time.monotonic() - start:.1f}")

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch, n, s) for n, s in [("a", 0.4), ("b", 0.2), ("c", 0.3)]]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    print("first completed:", sorted(f.result() for f in done), "pending:", len(pending))
    done, pending = wait(futures, timeout=0.15)
    print("after 0.15 more:", len(done), "done,", len(pending), "pending")
    done, pending = wait(futures, return_when=ALL_COMPLETED)
    print("all:", sorted(f.result() for f in done), len(pending))
