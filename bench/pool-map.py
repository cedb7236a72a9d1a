# pool-map.py — 100,000 trivial tasks through ThreadPoolExecutor.map with 4 workers, then 10,000 through
# submit + as_completed.
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(square, range(100000)))
    futures = [pool.submit(square, i) for i in range(10000)]
    total += sum(f.result() for f in as_completed(futures))
print("checksum", total)
