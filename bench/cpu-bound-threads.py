# cpu-bound-threads.py — two CPU-bound threads share the GIL: each must get turns (the switch interval hands
# the GIL over), and together they take about as long as the same work done by one thread.
# The times go to stderr (they vary); stdout is the stable part compared with CPython.
import sys
import threading
import time

N = 1_000_000
last = [None]
turns = {"a": 0, "b": 0, "main": 0}
sums = {}


def count(me):
    s = 0
    for i in range(N):
        if last[0] != me:
            last[0] = me
            turns[me] += 1
        s += i
    sums[me] = s


t0 = time.perf_counter()
count("main")
count("main")
single = time.perf_counter() - t0

last[0] = None
t0 = time.perf_counter()
a = threading.Thread(target=count, args=("a",))
b = threading.Thread(target=count, args=("b",))
a.start()
b.start()
a.join()
b.join()
both = time.perf_counter() - t0

print("both threads ran:", sums["a"] == sums["b"] == N * (N - 1) // 2)
print("each got several turns:", turns["a"] > 1 and turns["b"] > 1)
print(f"note: single thread {single:.3f} s, two threads {both:.3f} s (x{both / single:.2f}); turns a={turns['a']} b={turns['b']}", file=sys.stderr)
