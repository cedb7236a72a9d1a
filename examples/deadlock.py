# deadlock.py — two threads take two locks in opposite order. CPython hangs; gilpy reports the deadlock.
import threading
import time

a = threading.Lock()
b = threading.Lock()


def first():
    with a:
        time.sleep(0.1)
        with b:
            print("first got both")


def second():
    with b:
        time.sleep(0.1)
        with a:
            print("second got both")


t1 = threading.Thread(target=first, name="first")
t2 = threading.Thread(target=second, name="second")
t1.start()
t2.start()
t1.join()
t2.join()
