# _thread: start_new_thread (with its argument errors), allocate_lock/LockType, RLock, get_ident, exit,
# interrupt_main, stack_size, error.
import _thread
import threading
import time

done = threading.Event()
out = []


def worker(a, b=0):
    out.append((a, b, _thread.get_ident() != main_ident))
    done.set()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1,), {"b": 2})
done.wait()
print(out, type(ident).__name__)
print(_thread.start_new is _thread.start_new_thread if hasattr(_thread, "start_new") else "no start_new")

for args in ((worker, [1]), (worker, (1,), []), (42, ())):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, _thread.LockType.__name__, lock.acquire(), lock.locked(), lock.acquire(0))
lock.release()
print(_thread.error is RuntimeError)
try:
    lock.release()
except _thread.error as e:
    print("error:", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())

exited = threading.Event()


def quitter():
    try:
        _thread.exit()
    finally:
        exited.set()
    print("never printed")


_thread.start_new_thread(quitter, ())
exited.wait()
time.sleep(0.05)
print("thread exited quietly")
print("stack_size:", _thread.stack_size())
try:
    _thread.stack_size(-1)
except ValueError as e:
    print("ValueError:", e)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)


def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()


_thread.start_new_thread(interrupter, ())
try:
    time.sleep(1)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")


def failing():
    raise ValueError("in a _thread thread")


_thread.start_new_thread(failing, ())
time.sleep(0.3)
print("done")
