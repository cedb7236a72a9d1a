# lock-ping-pong.py — two threads hand a turn back and forth 20,000 times through two Locks (thread switches).
import threading

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
a.start()
b.start()
a.join()
b.join()
print("checksum", count[0])
