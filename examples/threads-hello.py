# threads-hello.py — three threads take turns printing; join() waits for each to finish.
import threading
import time


def worker(name, delay):
    for step in range(3):
        time.sleep(delay)
        print(f"{name}: step {step} in {threading.current_thread().name}")


threads = [threading.Thread(target=worker, args=(f"worker-{i}", 0.1 * (i + 1)), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
print("active threads:", threading.active_count())
for t in threads:
    t.join()
print("all done in", threading.current_thread().name)
