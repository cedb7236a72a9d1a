# threads-100k-alive.py — 100,000 threads alive at once, all blocked on one Event, then released and joined
# (memory per blocked thread: bench/run.mjs reports peak RSS).
# bench: gilpy-only (CPython cannot start 100,000 OS threads on a typical Linux box: vm.max_map_count)
# bench-expect: started 100000
# bench-expect: finished 100000
import threading

N = 100000
go = threading.Event()
arrived = [0]
finished = [0]


def worker():
    arrived[0] += 1
    go.wait()
    finished[0] += 1


threads = []
for i in range(N):
    t = threading.Thread(target=worker)
    t.start()
    threads.append(t)
print("started", arrived[0])
go.set()
for t in threads:
    t.join()
print("finished", finished[0])
