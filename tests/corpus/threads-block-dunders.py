# Blocking calls (sleep, Lock.acquire, Event.wait, Queue.get, Condition.wait, join) made from inside special
# methods and other code the interpreter calls for us: other threads keep running meanwhile.
import functools

from _threads_blocking import check


class Box:
    def __init__(self, block):
        self.block = block

    @property
    def value(self):
        self.block()
        return 42


check("property getter", lambda block: Box(block).value)


class Slow:
    def __init__(self, block, n):
        block()
        self.n = n * 2


check("__init__", lambda block: Slow(block, 21).n)


class Ctx:
    def __init__(self, block, where, suppress=False):
        self.block = block
        self.where = where
        self.suppress = suppress

    def __enter__(self):
        if self.where == "enter":
            self.block()
        return "entered"

    def __exit__(self, exc_type, exc, tb):
        if self.where == "exit":
            self.block()
        return self.suppress


def use_ctx(block, where):
    with Ctx(block, where) as got:
        pass
    return got


def use_ctx_suppressing(block):
    with Ctx(block, "exit", suppress=True):
        raise ValueError("swallowed")
    return "suppressed"


check("__enter__ of a with statement", lambda block: use_ctx(block, "enter"))
check("__exit__ of a with statement", lambda block: use_ctx(block, "exit"))
check("__exit__ handling an exception", use_ctx_suppressing)


class Countdown:
    def __init__(self, block, n):
        self.block = block
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 2:
            self.block()
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __init__(self, block):
        self.block = block

    def __iter__(self):
        self.block()
        return iter([1, 2, 3])


def loop_over(it):
    out = []
    for x in it:
        out.append(x)
    return out


check("__next__ in a for loop", lambda block: loop_over(Countdown(block, 4)))
check("__next__ in list()", lambda block: list(Countdown(block, 4)))
check("__iter__ in sum()", lambda block: sum(Bag(block)))
check("__iter__ in unpacking", lambda block: [*Bag(block)])


def blocking_decorator(block):
    def deco(fn):
        block()
        return fn
    return deco


def wrapping_decorator(block):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            block()
            return fn(*args)
        return wrapper
    return deco


def decorate(block):
    @blocking_decorator(block)
    def f():
        return "decorated"
    return f()


def call_wrapped(block):
    @wrapping_decorator(block)
    def g(x):
        return x + 1
    return (g.__name__, g(41))


check("decorator at definition", decorate)
check("decorator's wrapper", call_wrapped)


class Key:
    def __init__(self, name, block=None, on=None):
        self.name = name
        self.block = block
        self.on = on

    def __hash__(self):
        if self.on == "hash":
            self.block()
        return hash(self.name)

    def __eq__(self, other):
        for k in (self, other):
            if k.on == "eq":
                k.block()
        return isinstance(other, Key) and self.name == other.name


table = {Key("a"): 1, Key("b"): 2}
members = {Key("a"), Key("c")}

check("__hash__ in a dict lookup", lambda block: table[Key("b", block, "hash")])
check("__eq__ in a dict lookup", lambda block: table.get(Key("a", block, "eq")))
check("__hash__ in a set membership test", lambda block: Key("c", block, "hash") in members)
check("__eq__ in a set membership test", lambda block: Key("c", block, "eq") in members)


class Shown:
    def __init__(self, block):
        self.block = block

    def __repr__(self):
        self.block()
        return "Shown()"

    def __len__(self):
        self.block()
        return 7


check("__repr__ in an f-string", lambda block: f"{Shown(block)!r}")
check("__len__ in len()", lambda block: len(Shown(block)))
print("done")
