print(abs(-5), abs(-2.5), len("abc"), len([1, 2]), len({}), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10))
print(list(range(3)), tuple([1]), set(), dict(), str(), int(), float(), bool(), list("ab"), repr(1.0))
print(callable(print), type(print).__name__, print.__name__, len.__name__, id(1) == id(1))
print(sorted(set([3, 1, 2])), list(map(abs, [-1, 2])), bool(0), int(True), float("  1.5\n"), str(b"a", "ascii"))
print(ascii("naïve"), repr("naïve"), bytes(2), bytearray(b"x"), memoryview(b"ab")[0], type(memoryview(b"")).__name__)
print(isinstance(print, type(len)), object().__class__.__name__, type(object()).__mro__)
x = 5
print(eval("x * 2"), eval("[i for i in range(3)]"))
exec("y = x + 1\nprint('exec sees', y)")
ns = {}
exec("z = 1", ns)
print(ns["z"], "__builtins__" in ns)
print(divmod(9, 4), max("abc"), min([3, 2], [3, 1]), sum(range(10), start=5))
