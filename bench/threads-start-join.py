# threads-start-join.py — create, start and join 10,000 threads, one at a time (thread start-up cost).
import threading

done = [0]


def work(i):
    done[0] += i


for i in range(10000):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
print("checksum", done[0])
