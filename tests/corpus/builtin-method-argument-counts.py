# Builtin methods called with the wrong number of arguments or with keywords they refuse raise
# CPython's TypeError, whether called on an object, through the type, or as a dunder.
calls = [
    lambda: "".join(), lambda: "x".join("a", "b"), lambda: "x".join(x=1), lambda: "x".upper(1),
    lambda: "x".startswith(), lambda: "x".count(), lambda: "x".split(1, 2, 3), lambda: "x".zfill(),
    lambda: "x".partition(), lambda: "x".center(), lambda: "x".replace("a"), lambda: str.join(),
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].append(x=1), lambda: [].extend(),
    lambda: [].insert(1), lambda: [].pop(1, 2), lambda: [].copy(1), lambda: [].reverse(1), lambda: [].remove(),
    lambda: (1,).count(), lambda: (1,).index(), lambda: {}.get(), lambda: {}.pop(), lambda: {}.keys(1),
    lambda: {}.setdefault(), lambda: {}.popitem(1), lambda: set().add(), lambda: set().discard(),
    lambda: set().union(x=1), lambda: frozenset().isdisjoint(), lambda: (1).bit_length(1), lambda: (1.5).hex(1),
    lambda: range(3).index(), lambda: range(3).count(1, 2), lambda: bytearray().append(), lambda: b"".fromhex(),
    lambda: bytes.fromhex(x=1), lambda: dict.fromkeys(), lambda: b"ab".replace(b"a", None),
    lambda: "x".__add__(), lambda: [].__getitem__(), lambda: [].__contains__(), lambda: (1).__add__(1, 2),
    lambda: "x".__len__(1), lambda: (2).__pow__(), lambda: [].__setitem__(0), lambda: "ab".__getitem__(i=0),
    lambda: abs(x=1), lambda: len(), lambda: len(1, 2), lambda: getattr(1), lambda: isinstance(1, int, 2), lambda: divmod(x=1),
    lambda: sorted(), lambda: sorted([2, 1], reverse=True), lambda: chr(x=65), lambda: hash(), lambda: iter(),
]
for c in calls:
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError:", e)
print(callable(str.upper), callable(list.append), callable(dict.fromkeys))
