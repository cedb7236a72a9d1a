def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
d = delegate_throw()
next(d)
print(d.throw(KeyError("k")))
