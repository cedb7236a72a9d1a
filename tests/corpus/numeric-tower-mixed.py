print(1 + 2.0, 3 * True, 7 // 2.0, 2 ** 3.0, 10 - 0.5, 1 / True, 5 % 2.5, int.__add__(1, 2), float.__mul__(2.0, 3))
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 // 2).__name__, type(4 / 2).__name__)
print(0.5 == 1 / 2, 1 == 1.0 == True, 2 ** 0.5 * 2 ** 0.5, 10 ** -2, 1e3 == 1000)
