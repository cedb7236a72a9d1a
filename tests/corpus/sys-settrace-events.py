# sys.settrace/sys.setprofile: call/line/return/exception events, local trace functions, frame attributes,
# generators, a profile function seeing calls from builtins, and a trace function that raises.
import sys

def tracer(frame, event, arg):
    print("T", event, frame.f_code.co_name, frame.f_lineno, arg if event != "exception" else arg[0].__name__)
    return tracer

def add(a, b):
    c = a + b
    return c

def boom():
    raise ValueError("x")

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
x = add(1, 2)
try:
    boom()
except ValueError:
    pass
for v in gen():
    pass
sys.settrace(None)
print(x, sys.gettrace())

# ---- more events ----

calls = []
def prof(frame, event, arg):
    if event in ("call", "return"):
        calls.append((event, frame.f_code.co_name, arg if event == "return" else None))

def only_calls(frame, event, arg):
    print("C", event, frame.f_code.co_name, frame.f_back.f_code.co_name, sorted(frame.f_locals))
    return None

def local(frame, event, arg):
    if event == "line":
        print("L", frame.f_lineno, dict(frame.f_locals))
    elif event == "exception":
        print("E", frame.f_code.co_name, arg[0].__name__, str(arg[1]))
    else:
        print("X", event, frame.f_code.co_name, arg)
    return local

def first(frame, event, arg):
    print("F", event, frame.f_code.co_name)
    return local if frame.f_code.co_name == "inner" else None

def inner(n):
    if n > 1:
        return 1 / 0
    total = 0
    for i in range(n + 2):
        total += i
    return total

def outer(n):
    try:
        return inner(n)
    except ZeroDivisionError:
        return -1

def deep(n):
    return inner(n) + 1

sys.settrace(only_calls)
outer(1)
sys.settrace(first)
print(outer(1), outer(5))
try:
    deep(3)
except ZeroDivisionError as e:
    print("caught", e)
sys.settrace(None)
sys.setprofile(prof)
outer(0)
sorted([3, 1, 2], key=lambda v: -v)
sys.setprofile(None)
print(calls)
print(sys.gettrace(), sys.getprofile())

def raising_tracer(frame, event, arg):
    raise RuntimeError("tracer failed")
sys.settrace(raising_tracer)
try:
    outer(1)
except RuntimeError as e:
    print("tracer error:", e, sys.gettrace())

# ---- recursion, lambdas' and comprehensions' own lines, try/except/finally, while loops ----
depth = 0
def tracer3(frame, event, arg):
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None), list)):
        arg = type(arg).__name__
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer3

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

class Box:
    size = 3
    def __init__(self, v):
        self.v = v

def safe(x):
    try:
        return int(x)
    except ValueError:
        return 0
    finally:
        pass

def loop():
    i = 0
    while i < 2:
        i += 1
    return [i * j for j in range(2)]

sys.settrace(tracer3)
fact(3)
b = Box(4)
safe("x")
loop()
sys.settrace(None)
print("done")

# ---- setprofile: builtins' c_call/c_return/c_exception ----

def prof4(frame, event, arg):
    name = getattr(arg, "__name__", None) if event.startswith("c_") else (arg if event == "return" else None)
    print(event, frame.f_code.co_name, name)

def helper4(xs):
    xs.append(len(xs))
    return sorted(xs, key=lambda v: -v)

def bad4():
    return int("x")

sys.setprofile(prof4)
helper4([3, 1])
try:
    bad4()
except ValueError:
    pass
print("middle")
sys.setprofile(None)
print("end")
def prof5(frame, event, arg):
    if event.startswith("c_"):
        print(event, frame.f_code.co_name, arg.__name__, getattr(arg, "__self__", None).__class__.__name__)
    else:
        print(event, frame.f_code.co_name)
def f5():
    d = {}
    d.setdefault("a", []).append(1)
    try:
        [].pop()
    except IndexError:
        pass
    return max([1, 2]), "x".upper()
sys.setprofile(prof5)
f5()
sys.setprofile(None)
