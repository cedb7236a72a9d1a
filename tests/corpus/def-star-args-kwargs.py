def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]))
print(g(1, **{"c": 3, "b": 2}))
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    g(1, 2, a=1)
except TypeError as e:
    print(e)
try:
    g(1, 2, d=5)
except TypeError as e:
    print(e)
