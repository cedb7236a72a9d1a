words = ["kiwi", "fig", "banana", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(3, 1, 2), max([4, 9], [5]))
print(min([], default="empty"), max((), default=None), max([1, 5, 3], key=lambda x: -x), min("b", "a", key=str.upper))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
