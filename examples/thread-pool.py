# thread-pool.py — concurrent.futures.ThreadPoolExecutor: map() keeps input order, as_completed() does not.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(n):
    time.sleep(0.1 * (5 - n))  # later inputs finish sooner
    return n, n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print("map:", list(pool.map(fetch, range(5))))
    futures = [pool.submit(fetch, n) for n in range(5)]
    for f in as_completed(futures):
        n, square = f.result()
        print(f"finished {n} -> {square}")
