# pool-submit-as-completed.py — 10,000 trivial tasks through ThreadPoolExecutor.submit with 4 workers, results
# taken with as_completed (in completion order, so only their sum is printed).
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, i) for i in range(10000)]
    total = sum(f.result() for f in as_completed(futures))
    done = sum(1 for f in futures if f.done())
print("checksum", total, done)
