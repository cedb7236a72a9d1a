# threading.settrace/setprofile: the hooks are installed in every thread started afterwards and see its calls.
import threading
import sys

seen = []


def tracer(frame, event, arg):
    if event == "call":
        seen.append(("trace", frame.f_code.co_name, threading.current_thread().name))
    return None


def profiler(frame, event, arg):
    if event == "call":
        seen.append(("profile", frame.f_code.co_name))


def work():
    helper()


def helper():
    pass


threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
t = threading.Thread(target=work, name="traced")
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
print([s for s in seen if s[1] in ("work", "helper")])
print(sys.gettrace(), sys.getprofile())
