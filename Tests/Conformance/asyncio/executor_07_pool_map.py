# ThreadPoolExecutor.map: results come back in input order, even when later
# inputs finish first; the jobs overlap in (virtual) time.
import time
from concurrent.futures import ThreadPoolExecutor

DURATIONS = [0.3, 0.1, 0.2, 0.4]


def work(seconds):
    time.sleep(seconds)
    print(f"  finished the {seconds} s job")
    return seconds * 10


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    for result in pool.map(work, DURATIONS):
        print("result", result, f"at {time.perf_counter() - start:.1f}")
print(f"total {time.perf_counter() - start:.1f} s (not {sum(DURATIONS):.1f})")

with ThreadPoolExecutor(max_workers=2) as pool:
    squares = list(pool.map(lambda x: x * x, range(6)))
print(squares)
with ThreadPoolExecutor(max_workers=2) as pool:
    pairs = list(pool.map(pow, [2, 3, 4], [5, 2, 0]))
print(pairs)
