sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10, *r, **k: (a + b, r, k)
print(add(1), add(1, 2, 3, z=4))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__)
