# At exit the interpreter waits for non-daemon threads, then runs atexit handlers; daemon threads still
# running are dropped silently; threading._shutdown order as in CPython 3.11.
import atexit
import threading
import time

atexit.register(lambda: print("atexit: alive threads:", sorted(t.name for t in threading.enumerate())))


def worker(name, seconds):
    time.sleep(seconds)
    print(f"{name} finishes after the main module")


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=worker, args=("late", 0.3), name="late").start()
threading.Thread(target=worker, args=("early", 0.1), name="early").start()
threading.Thread(target=forever, name="daemon", daemon=True).start()
t = threading.Timer(0.2, print, args=("timer fires after the main module",))
t.start()
print("main module ends with", threading.active_count(), "threads")
