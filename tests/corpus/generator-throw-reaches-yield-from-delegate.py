def inner():
    try:
        yield 1
    except KeyError:
        return "ret"
    except ValueError:
        yield "again"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("got", r)
        yield "after"
    except ZeroDivisionError as e:
        print("outer caught", repr(e))
        yield "z"
g = outer(); next(g); print(g.throw(KeyError))
g = outer(); next(g); print(g.throw(ValueError)); print(next(g, "end"))
g = outer(); next(g); print(g.throw(ZeroDivisionError("zz")))
g = outer(); next(g); g.close(); print("closed")
def deep():
    yield from outer()
g = deep(); next(g); print(g.throw(KeyError))
def bad():
    yield 1
    1/0
def w():
    yield from bad()
g = w(); next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    import traceback; traceback.print_exc()
