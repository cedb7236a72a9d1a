# queue-throughput.py — one producer and one consumer move 1,000,000 items through a queue.Queue.
import queue
import sys
import threading
import time

N = 1000000
q = queue.Queue(maxsize=1000)
total = [0]


def producer():
    for i in range(N):
        q.put(i)
    q.put(None)


def consumer():
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
    total[0] = s


t0 = time.perf_counter()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
dt = time.perf_counter() - t0
print("checksum", total[0])
print(f"note: {N / dt:,.0f} items per second (start-up excluded)", file=sys.stderr)
