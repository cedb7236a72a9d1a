# Calls that fail before running: a done-callback or a pool initializer given the wrong number of
# arguments is logged with CPython's message and traceback, and the program goes on.
from concurrent.futures import Future, ThreadPoolExecutor


def init(a, b):
    print("init", a, b)


class Handler:
    def on_done(self):
        print("never")


f = Future()
f.add_done_callback(lambda: None)
f.add_done_callback(Handler().on_done)
f.add_done_callback(lambda fut: print("good callback still runs:", fut.result()))
f.set_result(1)
f.add_done_callback(print)
f.add_done_callback(len)
print("after the callbacks")
with ThreadPoolExecutor(1, initializer=init, initargs=(1,)) as pool:
    fu = pool.submit(print, "x")
    try:
        fu.result()
    except Exception as e:
        print(type(e).__name__, e)
with ThreadPoolExecutor(1) as pool:
    print(repr(pool.submit(Handler().on_done, 1).exception()))
    print(repr(pool.submit(Handler.on_done).exception()))
    print(repr(pool.submit(len, 1, 2).exception()))
    print(repr(pool.submit(init, 1, c=2).exception()))
    print(pool.submit(init, 1, b=2).result())
