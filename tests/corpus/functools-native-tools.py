import functools
def f(a, b=2, *c, **d): return (a, b, c, d)
p = functools.partial(f, 1, x=2); print(p.args, p.keywords, p(5, y=3), functools.partial(p, 3, y=4).args, functools.partial(p, 3, y=4).keywords)
print(repr(functools.partial(int, base=2)), p.func is f)
class MyP(functools.partial): pass
print(repr(MyP(int, 'ff', base=16)), MyP(int, 'ff', base=16)())
for g in [lambda: functools.partial(1), lambda: functools.reduce(lambda a, b: a, []), lambda: functools.reduce(lambda a, b: a), lambda: functools.lru_cache('x')]:
    try: g()
    except Exception as e: print(type(e).__name__, e)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 7), functools.reduce(lambda a, b: a + b, range(5), 10))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)
sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache(None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info().hits, fact.cache_info())
class A:
    @functools.lru_cache
    def m(self, x): return x * 2
print(A().m(3), A.m.cache_info())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    "hello doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(4), hello.__qualname__)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print(V(1) <= V(2), V(2) > V(1), V(1) >= V(1), V(3) > V(4), V(1) <= V(0), sorted([V(3), V(1)])[0].v)
@functools.total_ordering
class G:
    def __init__(s, v): s.v = v
    def __ge__(s, o): return s.v >= o.v
print(G(1) < G(2), G(1) <= G(1), G(2) > G(1))
try:
    @functools.total_ordering
    class E: pass
except Exception as e: print(type(e).__name__, e)
k = functools.cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), k(1) < k(2), k(1).obj)
class C:
    @functools.cached_property
    def x(self):
        print('compute'); return 5
c = C(); print(c.x, c.x, type(C.x).__name__, C.x.attrname)
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register(int)
def _(x): return f"int {x}"
@show.register
def _(x: list): return f"list {x}"
print(show(1), show([1]), show("s"), show(True), show.dispatch(bool).__name__, list(show.registry.keys()) == [object, int, list])
try: show()
except TypeError as e: print(e)
class Cell:
    def __init__(s): s.v = 0
    def set(s, v): s.v = v
    set_one = functools.partialmethod(set, 1)
ce = Cell(); ce.set_one(); print(ce.v)
print(functools.partial(max, key=len)(["aa", "b"]))
import functools
class A:
    @functools.singledispatchmethod
    def f(self, x): return 'obj'
    @f.register
    def _(self, x: int): return 'int'
    @f.register(str)
    def _(self, x): return 'str'
print(A().f(1), A().f('s'), A().f([]), A().f(True))
import functools
from collections.abc import Sequence, Mapping
@functools.singledispatch
def f(x): return 'default'
@f.register
def _(x: Sequence): return 'seq'
@f.register(Mapping)
def _(x): return 'map'
@f.register(str)
def _(x): return 'str'
print(f([1]), f((1,)), f('s'), f({}), f(1), f(range(3)))
