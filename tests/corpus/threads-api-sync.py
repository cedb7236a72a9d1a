# threading's synchronisation objects against CPython: Lock, RLock, Condition, Semaphore, BoundedSemaphore,
# Event, Barrier (abort, reset, BrokenBarrierError, action, timeout) and Timer (cancel), with their errors.
import threading
import time


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", f"{type(e).__module__}.{type(e).__qualname__}: {e}")


def masked(obj):
    r = repr(obj)
    return r[: r.index(" at 0x")] + ">" if " at 0x" in r else r


print("-- Lock")
lock = threading.Lock()
print(type(lock).__name__, masked(lock), lock.locked())
print(lock.acquire(), lock.locked(), masked(lock))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.05))
lock.release()
attempt("release unlocked", lock.release)
attempt("timeout with blocking=False", lambda: lock.acquire(False, 1))
attempt("negative timeout", lambda: lock.acquire(timeout=-2))
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(lock.acquire(timeout=-1))
lock.release()

print("-- RLock")
rl = threading.RLock()
print(type(rl).__name__, masked(rl))
print(rl.acquire(), rl.acquire(), masked(rl).replace(str(threading.get_ident()), "IDENT"))
rl.release()
rl.release()
attempt("release un-acquired", rl.release)
rl.acquire()
out = []
t = threading.Thread(target=lambda: out.append((rl.acquire(False), attempt("release by other thread", rl.release))))
t.start()
t.join()
print(out)
rl.release()

print("-- Condition")
cond = threading.Condition()
attempt("wait un-acquired", cond.wait)
attempt("notify un-acquired", cond.notify)
attempt("notify_all un-acquired", cond.notify_all)
with cond:
    print("wait timeout:", cond.wait(0.05))
    print("wait_for true:", cond.wait_for(lambda: 42))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.05))
items = []
done = []


def consumer(n):
    with cond:
        cond.wait_for(lambda: len(items) >= n)
        done.append(n)


cs = [threading.Thread(target=consumer, args=(n,)) for n in (1, 2, 3)]
for c in cs:
    c.start()
time.sleep(0.2)
for k in range(3):
    with cond:
        items.append(k)
        cond.notify_all()
    time.sleep(0.2)
    print("after item", k, sorted(done))
for c in cs:
    c.join()
waiting = []
woken = []


def sleeper(i):
    with cond:
        waiting.append(i)
        cond.wait()
        woken.append(i)


ws = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.3)
with cond:
    cond.notify(2)
time.sleep(0.3)
print("woken by notify(2):", len(woken))
with cond:
    cond.notify()
for w in ws:
    w.join()
print("woken by notify():", sorted(woken))
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print("RLock condition wait:", rc.wait(0.01))

print("-- Semaphore")
attempt("negative value", lambda: threading.Semaphore(-1))
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.05))
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
attempt("release(0)", lambda: s.release(0))
b = threading.BoundedSemaphore(1)
print(b.acquire())
b.release()
attempt("bounded over-release", b.release)
with b:
    print("with BoundedSemaphore:", b.acquire(False))

print("-- Event")
e = threading.Event()
print(e.is_set(), e.wait(0.05))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(timeout=0.01))

print("-- Barrier")
attempt("zero parties", lambda: threading.Barrier(0))
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("action"))
print(bar.parties, bar.n_waiting, bar.broken)
results = []


def party(i):
    time.sleep(0.05 * i)
    results.append(bar.wait())


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(results), actions, bar.n_waiting, bar.broken)
broken = []


def breaker():
    try:
        bar.wait()
    except threading.BrokenBarrierError as exc:
        broken.append(repr(exc))


bt = threading.Thread(target=breaker)
bt.start()
time.sleep(0.2)
print("waiting:", bar.n_waiting)
bar.abort()
bt.join()
print(broken, bar.broken)
attempt("wait on broken", bar.wait)
bar.reset()
print("after reset:", bar.broken, bar.n_waiting)
small = threading.Barrier(2, timeout=0.05)
attempt("timeout", small.wait)
print("broken after timeout:", small.broken)
print(threading.BrokenBarrierError.__mro__[1].__name__)
bad = threading.Barrier(1, action=lambda: 1 / 0)
attempt("failing action", bad.wait)
print("broken after failing action:", bad.broken)

print("-- Timer")
fired = []
tm = threading.Timer(0.05, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"k": 3})
print(tm.name, tm.interval, tm.daemon, tm.finished.is_set())
tm.start()
tm.join()
print(fired, tm.finished.is_set())
tc = threading.Timer(10, lambda: fired.append("late"))
tc.start()
time.sleep(0.05)
tc.cancel()
tc.join()
print("cancelled:", fired, tc.is_alive(), tc.finished.is_set())
tn = threading.Timer(0, print, args=("timer zero",))
tn.cancel()
tn.start()
tn.join()
print("cancel before start: nothing printed")
print("done")
