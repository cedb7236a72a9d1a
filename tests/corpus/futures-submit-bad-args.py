# A pooled call with the wrong arguments: the TypeError is stored in its Future (result() raises it, map
# raises it at its position) and the pool keeps working.
from concurrent.futures import ThreadPoolExecutor


def f(x):
    return x * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    fut = pool.submit(f, 1, 2)
    print(repr(fut.exception()))
    try:
        fut.result()
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(list(pool.map(f, [1, 2], [3, 4])))
    except TypeError as e:
        print("map TypeError:", e)
    print(pool.submit(f, 21).result())
