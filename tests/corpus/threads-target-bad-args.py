# A thread whose target is called with the wrong arguments: the TypeError goes to threading.excepthook
# (the default prints "Exception in thread ..."), and join() returns.
import threading


def work(x):
    print("never", x)


t = threading.Thread(target=work)
t.start()
t.join()
print("joined, alive:", t.is_alive())
t = threading.Thread(target=work, args=(1, 2))
t.start()
t.join()
t = threading.Thread(target=work, kwargs={"y": 1})
t.start()
t.join()
print("done")
