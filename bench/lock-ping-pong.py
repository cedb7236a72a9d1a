# lock-ping-pong.py — two threads hand a turn back and forth 20,000 times through two Locks (thread switches).
import sys
import threading
import time

N = 20000
ping = threading.Lock()
pong = threading.Lock()
pong.acquire()
count = [0]


def player(mine, other):
    for _ in range(N):
        mine.acquire()
        count[0] += 1
        other.release()


a = threading.Thread(target=player, args=(ping, pong))
b = threading.Thread(target=player, args=(pong, ping))
t0 = time.perf_counter()
a.start()
b.start()
a.join()
b.join()
dt = time.perf_counter() - t0
print("checksum", count[0])
print(f"note: {2 * N / dt:,.0f} switches per second (start-up excluded)", file=sys.stderr)
