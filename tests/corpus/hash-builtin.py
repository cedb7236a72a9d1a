print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-2.5), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()) == hash(frozenset()), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(float("inf")), hash(float("-inf")), hash(0.1), hash(1e300))
