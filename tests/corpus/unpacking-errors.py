for src in [[1, 2, 3], [1], 5, None, "ab", {"k": 1, "j": 2}]:
    try:
        a, b = src
        print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def g():
    yield 1
try:
    x, y = g()
except ValueError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    print(**[1])
except TypeError as e:
    print(e)
def kw(**k):
    return k
try:
    kw(**{1: 2})
except TypeError as e:
    print(e)
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
