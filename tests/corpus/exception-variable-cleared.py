try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
print(type(saved).__name__)
try:
    err
except NameError as e:
    print(e)
