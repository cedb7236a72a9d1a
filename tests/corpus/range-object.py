r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5), list(reversed(r)))
print(range(5), range(0), list(range(5, 0, -2)), range(3) == range(0, 3), range(10 ** 20)[-1])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(e)
print(bool(range(0)), min(range(3, 9)), sum(range(101)), list(range(-3)), range(1, 10, 2)[::-1])
try:
    r[100]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r.index(4)
except ValueError as e:
    print(e)
