# pool-map.py — 100,000 trivial tasks through ThreadPoolExecutor.map with 4 workers (submit + as_completed
# is bench/pool-submit-as-completed.py).
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(square, range(100000)))
print("checksum", total)
