try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
raise ValueError
