print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[k]} {1.real}".format({0: "zero", "k": "kay"}, 5))
print("{:>8} {:^8} {:<8}|".format("r", "c", "l"))
print("{:.3f} {:,} {:08.2f} {!r}".format(2 / 3, 10 ** 6, -3.5, "s"))
print("{{}} {}".format("x"))
print(format(255, "x"), format(3.5), format("s", "^5"), format(12, ""))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
