s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(e)
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    "a" + 5
except TypeError as e:
    print(e)
try:
    "abc".split(1)
except TypeError as e:
    print(e)
try:
    "x".join(["a", 2])
except TypeError as e:
    print(e)
try:
    "abc".center()
except TypeError as e:
    print(e)
print("abc".nosuch)
