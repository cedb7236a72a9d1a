# ThreadPoolExecutor's life cycle against CPython: lazily created and reused workers, their names (default
# and thread_name_prefix), default max_workers, bad arguments, submit after shutdown, shutdown(wait,
# cancel_futures), a failing initializer breaking the pool (BrokenThreadPool), the module layout.
import os
import threading
import time
import concurrent.futures
from concurrent.futures import BrokenExecutor, ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import concurrent.futures.thread as thread_mod
import concurrent.futures._base as base


def name_of_worker():
    return threading.current_thread().name


pool = ThreadPoolExecutor()
print("default max_workers:", pool._max_workers == min(32, (os.cpu_count() or 1) + 4))
print("threads before submit:", threading.active_count() - 1, pool._thread_name_prefix, pool._shutdown)
for i in range(3):
    pool.submit(time.sleep, 0.01).result()
print("threads after three sequential tasks:", threading.active_count() - 1)
print(pool.submit(name_of_worker).result())
pool.shutdown()
try:
    pool.submit(print, "too late")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    pool.map(print, [1])
except RuntimeError as e:
    print("RuntimeError from map:", e)
pool.shutdown()
print("shutdown twice is fine", pool._shutdown, threading.active_count() - 1)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as named:
    gate = threading.Event()
    fs = [named.submit(lambda: (gate.wait(), name_of_worker())[1]) for _ in range(2)]
    gate.set()
    print(sorted(f.result() for f in fs))
with ThreadPoolExecutor(2) as other:
    print(other.submit(name_of_worker).result().split("_")[1])

for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 42}):
    try:
        ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print("-- shutdown(cancel_futures=True)")
gate = threading.Event()
one = ThreadPoolExecutor(max_workers=1)
first = one.submit(gate.wait)
rest = [one.submit(print, "never", i) for i in range(3)]
time.sleep(0.3)
threading.Timer(0.2, gate.set).start()
one.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

print("-- shutdown(wait=False)")
slow = ThreadPoolExecutor(max_workers=1)
fut = slow.submit(time.sleep, 0.2)
slow.shutdown(wait=False)
print("returned at once:", fut.done())
print("still finishes:", fut.result(), fut.done())

print("-- failing initializer")


def init(tag):
    print("initializer", tag)
    raise OSError("no connection")


broken = ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("db",))
f = broken.submit(print, "never runs")
try:
    f.result()
except BrokenThreadPool as e:
    print(type(e).__name__, "-", e)
time.sleep(0.05)
try:
    broken.submit(print, "again")
except BrokenThreadPool as e:
    print("submit:", type(e).__name__, "-", e)
print(issubclass(BrokenThreadPool, BrokenExecutor), BrokenExecutor.__mro__[1].__name__)
broken.shutdown()

ok = ThreadPoolExecutor(max_workers=2, initializer=print, initargs=("init ok",))
print(ok.submit(sum, [1, 2, 3]).result())
ok.shutdown()

print("-- module layout")
print(thread_mod.ThreadPoolExecutor is ThreadPoolExecutor, base.Executor is concurrent.futures.Executor)
print(issubclass(ThreadPoolExecutor, base.Executor), ThreadPoolExecutor.__module__)
print(base.Future.__module__, concurrent.futures.CancelledError.__mro__[1].__name__)
print(concurrent.futures.InvalidStateError.__mro__[1].__name__, concurrent.futures.TimeoutError is TimeoutError)
print(sorted(n for n in concurrent.futures.__all__ if not n.startswith("Process")))
with concurrent.futures.Executor() as plain:
    try:
        plain.submit(print)
    except NotImplementedError as e:
        print("NotImplementedError", repr(e))
