# queue against CPython: Queue, LifoQueue, PriorityQueue, SimpleQueue; put/get with block and timeout,
# the _nowait forms, qsize/empty/full, task_done/join, Full and Empty, and the error messages.
import queue
import threading
import time


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", f"{type(e).__module__}.{type(e).__qualname__}: {e!r}")


q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
attempt("put_nowait on full", lambda: q.put_nowait(3))
attempt("put block=False", lambda: q.put(3, block=False))
attempt("put timeout", lambda: q.put(3, timeout=0.05))
attempt("put negative timeout", lambda: q.put(3, timeout=-1))
print(q.get(), q.get_nowait())
attempt("get_nowait on empty", q.get_nowait)
attempt("get block=False", lambda: q.get(False))
attempt("get timeout", lambda: q.get(timeout=0.05))
attempt("get negative timeout", lambda: q.get(timeout=-1))
attempt("task_done", q.task_done)
attempt("task_done", q.task_done)
attempt("task_done too many", q.task_done)
print(queue.Full.__mro__[1].__name__, queue.Empty.__module__, queue.Empty.__name__, queue.Full.__module__)

unbounded = queue.Queue()
for i in range(5):
    unbounded.put(i)
print(unbounded.full(), unbounded.qsize(), list(unbounded.queue))

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
sq = queue.SimpleQueue()
print(type(sq).__module__, sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
attempt("SimpleQueue get_nowait", sq.get_nowait)
attempt("SimpleQueue get timeout", lambda: sq.get(timeout=0.05))
attempt("SimpleQueue negative timeout", lambda: sq.get(timeout=-1))

print("-- producer/consumer with join")
jobs = queue.Queue()
results = []


def consumer():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        time.sleep(0.01)
        results.append(item * item)
        jobs.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(10):
    jobs.put(i)
jobs.join()
print("joined:", sorted(results), jobs.unfinished_tasks)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()

print("-- blocking put and get across threads")
small = queue.Queue(1)
log = []


def slow_consumer():
    time.sleep(0.1)
    log.append(("got", small.get()))
    time.sleep(0.1)
    log.append(("got", small.get()))


c = threading.Thread(target=slow_consumer)
c.start()
small.put("first")
log.append("put first")
small.put("second")
log.append("put second (waited for room)")
c.join()
print(log)


def late_producer():
    time.sleep(0.1)
    small.put("late")


threading.Thread(target=late_producer).start()
print("get waits:", small.get(timeout=5))
try:
    queue.Queue(1).get(timeout=0.01)
except queue.Empty:
    print("caught queue.Empty")
queue.Queue().get(block=False)
