five = 5
none = None
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: none + 1,
    lambda: 1 < "a",
    lambda: len(5),
    lambda: five(),
    lambda: none[0],
    lambda: {}[[]],
    lambda: -"x",
    lambda: ~1.5,
    lambda: "a" * 2.0,
    lambda: int([]),
    lambda: iter(5),
    lambda: hash([]),
    lambda: sum(["a", "b"]),
    lambda: "x".join([1]),
    lambda: abs("x"),
    lambda: [1, 2] < [1, "a"],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
