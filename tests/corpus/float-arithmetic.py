print(0.1 * 3, 1.1 + 2.2, 10 / 4, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 2.0 ** 10)
print(round(2.675, 2), round(0.125, 2), round(1.5), round(-0.5), round(3.14159, 3), round(1e20, -19))
print(divmod(7.5, 2), abs(-3.5), int(3.99), float(7), 3.5.is_integer(), (2.5).as_integer_ratio(), (0.1).hex())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 + 0.7, 4.35 * 100)
print(max(1.5, 2), min(-0.0, 0.0), 1 == 1.0, hash(1.0) == hash(1), 0.1 + 0.2 == 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
