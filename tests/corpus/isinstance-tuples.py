print(isinstance(1, (str, int)), isinstance("x", (int, float)), isinstance(True, int), isinstance(1, (list, (dict, int))))
print(issubclass(bool, int), issubclass(int, (str, object)), isinstance([], object), isinstance(int, type), isinstance(None, type(None)))
print(isinstance(1, int | str), isinstance(1.5, int | None), int | str)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
