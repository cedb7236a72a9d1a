f = frozenset([3, 1, 2])
print(f, sorted(f), len(f), 1 in f, f | {4}, f & {1, 9}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})], frozenset(), f == {1, 2, 3}, f.issubset(range(5)))
try:
    f.add(4)
except AttributeError as e:
    print(e)
