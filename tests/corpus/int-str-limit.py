import sys
print(sys.get_int_max_str_digits())
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(e)
print(len(str(10 ** 4000)))
