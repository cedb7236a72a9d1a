# threads-start-join.py — create, start and join 10,000 threads, one at a time (thread start-up cost).
import sys
import threading
import time

done = [0]


def work(i):
    done[0] += i


t0 = time.perf_counter()
for i in range(10000):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
dt = time.perf_counter() - t0
print("checksum", done[0])
print(f"note: {10000 / dt:,.0f} threads started and joined per second (start-up excluded)", file=sys.stderr)
