# Argument errors of Timer(...) and ThreadPoolExecutor(...), which CPython writes in Python: its messages.
import threading
from concurrent.futures import ThreadPoolExecutor

def f():
    pass

for make in [
    lambda: threading.Timer(),
    lambda: threading.Timer(1),
    lambda: threading.Timer(1, f, [], {}, 5),
    lambda: threading.Timer(1, f, interval=2),
    lambda: threading.Timer(1, f, nope=1),
    lambda: threading.Timer(function=f),
    lambda: ThreadPoolExecutor(1, "p", None, (), 5),
    lambda: ThreadPoolExecutor(2, max_workers=3),
    lambda: ThreadPoolExecutor(workers=3),
    lambda: ThreadPoolExecutor(0),
]:
    try:
        obj = make()
        print("made", type(obj).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

t = threading.Timer(interval=0.01, function=lambda: print("timer ran"), args=None, kwargs=None)
t.start()
t.join()
with ThreadPoolExecutor(thread_name_prefix="w", max_workers=1) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
