# concurrent.futures.Future: states and reprs, cancel, result/exception with timeouts, set_result twice
# (InvalidStateError), add_done_callback (at once when already done; a failing callback is logged).
import threading
import time
from concurrent.futures import CancelledError, Future, InvalidStateError, ThreadPoolExecutor
import concurrent.futures._base as base


def state(f):
    return (f.running(), f.done(), f.cancelled())


f = Future()
print(repr(f)[:10], repr(f).split(" state=")[1], state(f))
try:
    f.result(timeout=0.05)
except TimeoutError as e:
    print("result timeout:", type(e).__name__, e)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception timeout")
print(f.set_running_or_notify_cancel(), state(f), f.cancel(), repr(f).split(" state=")[1])
f.set_result(42)
print(repr(f).split(" state=")[1], state(f), f.result(), f.exception(), f.cancel())
try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    f.set_exception(ValueError("late"))
except InvalidStateError as e:
    print("InvalidStateError:", e)

g = Future()
g.set_exception(KeyError("k"))
print(repr(g).split(" state=")[1], repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raises:", repr(e))

c = Future()
print(c.cancel(), c.cancel(), state(c), repr(c).split(" state=")[1])
for call in (c.result, c.exception):
    try:
        call()
    except CancelledError as e:
        print("CancelledError", repr(e), CancelledError.__module__)
print(c.set_running_or_notify_cancel())
try:
    c.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    Future().set_running_or_notify_cancel() and Future()
    r = Future()
    r.set_running_or_notify_cancel()
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- callbacks")
calls = []
p = Future()
p.add_done_callback(lambda fut: calls.append(("first", fut.result())))
p.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print(calls)
p.set_result("value")
print(calls)
p.add_done_callback(lambda fut: calls.append(("immediately", fut.done())))
print(calls)
cc = Future()
cc.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
cc.cancel()
print(calls[-1])


def bad_callback(fut):
    raise ValueError("callback failed")


bad = Future()
bad.add_done_callback(bad_callback)
bad.add_done_callback(lambda fut: print("next callback still runs"))
bad.set_result(1)
print("after the failing callback")
done_now = Future()
done_now.set_result(2)
done_now.add_done_callback(bad_callback)
print("after the failing immediate callback")

print("-- futures from a pool")
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(gate.wait)
    queued = pool.submit(print, "never printed")
    time.sleep(0.3)
    print(repr(running).split(" state=")[1], state(running))
    print(repr(queued).split(" state=")[1], state(queued), queued.cancel(), state(queued))
    print("running cannot be cancelled:", running.cancel())
    gate.set()
    print(running.result(), repr(running).split(" state=")[1])
    failed = pool.submit(int, "x")
    print(repr(failed.exception()), repr(failed).split(" state=")[1])
    print(repr(pool.submit(lambda: None).result()), repr(pool.submit(dict).result()))
print(base.Future is Future, base.PENDING, base.RUNNING, base.FINISHED, base.CANCELLED)
