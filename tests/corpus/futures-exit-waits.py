# The interpreter waits at exit for work already given to a ThreadPoolExecutor that was never shut down,
# before atexit handlers run; a pool's daemon-less workers end then.
import atexit
import time
from concurrent.futures import ThreadPoolExecutor

atexit.register(print, "atexit handler runs last")
pool = ThreadPoolExecutor(max_workers=2)


def job(n, seconds):
    time.sleep(seconds)
    print(f"job {n} finished after the main module")
    return n


futures = [pool.submit(job, n, 0.1 * (n + 1)) for n in range(3)]
print("main module ends; jobs done:", [f.done() for f in futures])
