a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *_ = [9]
print(first, _)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
