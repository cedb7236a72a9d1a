# concurrent.futures.as_completed and wait: completion order of tasks sleeping different times, timeouts,
# already-finished and repeated futures, FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED.
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor,
                                as_completed, wait)


def nap(name, seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    return name


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(nap, n, s): n for n, s in [("slow", 0.3), ("fast", 0.1), ("medium", 0.2)]}
    for f in as_completed(futures):
        print("completed:", f.result(), futures[f])

    first = pool.submit(nap, "first", 0)
    time.sleep(0.05)
    later = pool.submit(nap, "later", 0.1)
    print([f.result() for f in as_completed([later, first, later])])

    hang = pool.submit(nap, "long", 0.5)
    quick = pool.submit(nap, "quick", 0.05)
    try:
        for f in as_completed([hang, quick], timeout=0.2):
            print("in time:", f.result())
    except TimeoutError as e:
        print(type(e).__name__, e)
    print("long result:", hang.result())

    print("-- wait")
    fs = [pool.submit(nap, n, s) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    res = wait(fs, return_when=FIRST_COMPLETED)
    print(type(res).__name__, sorted(f.result() for f in res.done), len(res.not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), not_done)

    fs = [pool.submit(nap, "ok", 0.05), pool.submit(nap, "bad", 0.1, True), pool.submit(nap, "slow", 0.4)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(repr(f.exception()) for f in done), len(not_done))
    done, not_done = wait(fs, timeout=0.05)
    print(len(done), len(not_done))
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    done, not_done = wait([pool.submit(nap, "x", 0)], return_when=FIRST_EXCEPTION)
    print("no exception:", len(done), len(not_done))
    print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
    print(wait([], timeout=0))
