print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), type(reversed([])).__name__)
m = map(int, "123")
print(next(m), list(m), list(m))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(any([0, "", 1]), all([1, "x"]), any([]), all([]))
