t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), 2 in t, t + (4,), t * 2, (1,), (), tuple([1, 2]))
print(tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2), max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
a, b, *c = t
print(a, b, c, hash((1, 2)) == hash((1, 2)), type(()).__name__, repr((1,)), str(("a", 1.5)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
