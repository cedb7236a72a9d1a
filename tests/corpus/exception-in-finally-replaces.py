def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("x")
    finally:
        return "finally return swallows"
print(g())
