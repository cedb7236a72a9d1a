tests = [
    lambda: int("12x"),
    lambda: int("5", 2),
    lambda: float("abc"),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: [].remove(1),
    lambda: chr(-1),
    lambda: int("  "),
    lambda: "a,b".split(""),
    lambda: range(1, 2, 0),
    lambda: (1).to_bytes(1, "big", signed=False) and (256).to_bytes(1, "big"),
    lambda: "{} {}".format(1),
    lambda: complex("x"),
]
for t in tests:
    try:
        t()
    except (ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
