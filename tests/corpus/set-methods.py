a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= {1, 2, 3, 4, 5}, a > {1}, a.isdisjoint({9}))
a.add(10); a.discard(1); a.discard(99); a.remove(2)
print(sorted(a), len(a), 3 in a, sorted(a.union([7], (8,))), sorted(a.intersection(b)), sorted(a.difference(b)))
c = set()
print(c, set([3, 3, 1]), {5}, type({}).__name__, type(set()).__name__)
a.update({20}, [21]); a.intersection_update(range(25)); a.difference_update({20})
print(sorted(a), a.pop() in range(100), sorted(a.symmetric_difference({3, 100})))
a.clear()
print(a, {1, 2} == {2, 1}, {1} < {1, 2}, set("aaa") == {"a"})
print({1, 2, 3}, {0, 5, 10}, {frozenset({1})}, sorted({-1, -5, 3}))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    {[1]}
except TypeError as e:
    print(e)
