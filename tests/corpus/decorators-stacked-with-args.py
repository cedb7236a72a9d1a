import functools
def tag(name):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return inner
    return deco

@tag("b")
@tag("i")
def hello(who):
    """Greets."""
    return "hello " + who
print(hello("bob"))
print(hello.__name__, hello.__doc__)
print(hello.__wrapped__("x"))
