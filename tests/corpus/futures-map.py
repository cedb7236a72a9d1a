# Executor.map: results in input order whatever the finishing order, several iterables, lazily produced,
# a failed call's exception raised when its result is reached, timeout -> TimeoutError, chunksize.
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures


def slow_square(x):
    time.sleep(0.05 * (5 - x))
    return x * x


def divide(a, b):
    return a / b


started = []


def record(x):
    started.append(x)
    return x


with ThreadPoolExecutor(max_workers=5) as pool:
    print(list(pool.map(slow_square, range(5))))
    print(list(pool.map(divide, [10, 20, 30], [2, 4])))
    print(list(pool.map(pow, [2, 3], [5, 2], [7, 7])))
    it = pool.map(divide, [1, 2, 3, 4], [1, 1, 0, 1])
    print(type(it).__name__)
    try:
        for r in it:
            print("result", r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError at position 3:", e)
    gen = pool.map(record, range(3))
    time.sleep(0.3)
    print("submitted before iterating:", sorted(started))
    print(list(gen))
    print(list(pool.map(str, range(7), chunksize=3)))
    print(list(pool.map(str, [], timeout=1)))
    try:
        for r in pool.map(time.sleep, [0.01, 0.5, 0.01], timeout=0.2):
            print("slept", r)
    except TimeoutError as e:
        print(type(e).__name__, repr(e), concurrent.futures.TimeoutError is TimeoutError)
    names = set(pool.map(lambda _: threading.current_thread().name, range(3)))
    print(all(n.startswith("ThreadPoolExecutor-") for n in names))
print("map of an empty pool:", list(ThreadPoolExecutor(2).map(abs, [-1, -2])))
