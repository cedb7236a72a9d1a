# threading.local (plain and subclassed with __init__, per-thread values) and threading.excepthook (the
# default block on stderr, a custom hook's args fields and 4-tuple unpacking, SystemExit ignored).
import threading
import sys

data = threading.local()
data.x = "main"


def show():
    print(threading.current_thread().name, getattr(data, "x", "<unset>"))


def setter(v):
    show()
    data.x = v
    show()


for v in ("a", "b"):
    t = threading.Thread(target=setter, args=(v,), name=f"t-{v}")
    t.start()
    t.join()
show()
print(type(data).__name__, sorted(vars(data)))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Counter(threading.local):
    inits = 0

    def __init__(self, start, step=1):
        Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print(c.bump(), c.bump())


def use_counter():
    print(threading.current_thread().name, c.value, c.bump())


t = threading.Thread(target=use_counter, name="counter-thread")
t.start()
t.join()
print("main again:", c.value, "inits:", Counter.inits)


class Slotted(threading.local):
    __slots__ = ("y",)


s = Slotted()
s.y = 1
print("slots local:", s.y)

print("-- default excepthook")


def boom():
    raise ValueError("bad value in thread")


t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print("main continues after", t.name, t.is_alive())
t = threading.Thread(target=sys.exit, args=(3,), name="exiter")
t.start()
t.join()
print("SystemExit in a thread prints nothing")

print("-- custom excepthook")
seen = []


def hook(args):
    exc_type, exc_value, exc_tb, thread = args
    print("hook:", type(args).__name__, exc_type.__name__, exc_value, exc_tb is args.exc_traceback, thread.name)
    print("fields:", args.exc_type is exc_type, args.exc_value is exc_value, args.thread is thread, len(args))
    seen.append(exc_tb.tb_frame.f_code.co_name if exc_tb else None)


threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(4,), name="exit-hooked")
t.start()
t.join()
print("seen:", len(seen))
print(threading.__excepthook__ is not hook, callable(threading.__excepthook__))


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
t = threading.Thread(target=boom, name="bad-hook")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lambda: 1 / 0, name="restored")
t.start()
t.join()
print("done")
