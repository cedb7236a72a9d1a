import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), functools.partial(int, base=2)("101"))
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
print(show(1), show("s"))
