# queue-producer-consumer.py — a producer puts work on a queue.Queue, two consumers take it; None stops them.
import queue
import threading
import time

tasks = queue.Queue(maxsize=3)
results = []
results_lock = threading.Lock()


def producer(n):
    for i in range(n):
        tasks.put(i)  # blocks while the queue is full
        print(f"produced {i}")
    for _ in range(2):
        tasks.put(None)


def consumer(name):
    while True:
        item = tasks.get()
        if item is None:
            break
        time.sleep(0.05)  # pretend to work
        with results_lock:
            results.append(item * item)
        print(f"{name} consumed {item}")


workers = [threading.Thread(target=consumer, args=(f"consumer-{i}",)) for i in range(2)]
for w in workers:
    w.start()
producer(8)
for w in workers:
    w.join()
print("results:", sorted(results))
