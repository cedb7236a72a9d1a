# free-order.py — six threads wait on one Event and print when it is set: CPython lets them run in any order,
# so under gilpy's virtual clock the seed picks the order (tests/threads/determinism.test.ts).
import threading

go = threading.Event()


def worker(n):
    go.wait()
    print(f"worker {n}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("done")
