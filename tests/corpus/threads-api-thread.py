# threading.Thread and the module functions: default names, reprs, attributes before/after start, the
# RuntimeError messages for misuse, active_count/enumerate/current_thread/main_thread, stack_size, TIMEOUT_MAX.
import threading
import _thread


def shown(t):
    # Thread idents differ between runs: show where they appear, not their value.
    r = repr(t)
    return r.replace(str(t.ident), "IDENT") if t.ident is not None else r


def work(x, y=0):
    print("work", x, y, threading.current_thread().name)


class Job:
    def __call__(self):
        print("callable object runs")


t1 = threading.Thread(target=work, args=(1,), kwargs={"y": 2})
t2 = threading.Thread()
t3 = threading.Thread(target=lambda: None)
t4 = threading.Thread(target=Job())
t5 = threading.Thread(target=work, args=(5,), name="custom")
for t in (t1, t2, t3, t4, t5):
    print(t.name, "|", shown(t), "|", t.ident, t.native_id, t.is_alive(), t.daemon)

try:
    t1.join()
except RuntimeError as e:
    print("RuntimeError:", e)

t1.start()
t1.join()
print(shown(t1), t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

main = threading.main_thread()
print(shown(main), main is threading.current_thread(), main.name, main.daemon)
print(main.ident == threading.get_ident() == _thread.get_ident())
print(type(threading.get_native_id()).__name__, threading.get_native_id() == main.native_id)

stop = threading.Event()
started = threading.Event()


def waiter():
    started.set()
    stop.wait()


w = threading.Thread(target=waiter, name="waiter", daemon=True)
print("daemon before start:", w.daemon, w.isDaemon())
w.start()
started.wait()
try:
    w.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(shown(w))
print("active:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
stop.set()
w.join(timeout=5)
print("after join:", w.is_alive(), shown(w))
print("active:", threading.active_count())
t5.start()
t5.join(0.5)

t6 = threading.Thread(target=work, args=(6,))
print(t6.name)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("Worker.run", self.n, self.name)


class NotesStyle(threading.Thread):
    # The lecture notes call the saved target themselves through the private attributes.
    def run(self):
        print("before target", self._args, self._kwargs)
        self._target(*self._args, **self._kwargs)
        print("after target")


wk = Worker(7)
print(wk.name)
wk.start()
wk.join()
ns = NotesStyle(target=work, args=(8,), kwargs={"y": 9}, name="notes")
ns.start()
ns.join()
print(threading.Thread(target=work).name)

print("stack_size:", threading.stack_size())
try:
    threading.stack_size(1000)
except ValueError as e:
    print("ValueError:", e)
print(threading.stack_size(0))
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
try:
    threading.Thread(target=work).join(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name)
