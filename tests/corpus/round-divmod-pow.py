print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(10.5), round(11.5), round(1.23456, 4), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(123.456, -1), round(5, 1), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(7, -1, 13), pow(2.0, -2), pow(4, 0.5), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    (-8) ** 0.5
except Exception as e:
    print("no error", type((-8) ** 0.5).__name__)
