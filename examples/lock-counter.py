# lock-counter.py — a shared counter: a Lock makes read-modify-write safe across threads.
# Try `gilpy --preempt=any lock-counter.py` and remove the `with lock:` to see updates get lost.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter, "(expected 40000)")
