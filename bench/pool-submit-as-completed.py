# pool-submit-as-completed.py — 10,000 trivial tasks through ThreadPoolExecutor.submit with 4 workers, results
# taken with as_completed (in completion order, so only their sum is printed).
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(x):
    return x * x


t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, i) for i in range(10000)]
    total = sum(f.result() for f in as_completed(futures))
    done = sum(1 for f in futures if f.done())
dt = time.perf_counter() - t0
print("checksum", total, done)
print(f"note: {10000 / dt:,.0f} tasks per second (start-up excluded)", file=sys.stderr)
