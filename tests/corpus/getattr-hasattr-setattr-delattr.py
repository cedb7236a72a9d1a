class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    delattr(c, "nothing")
except AttributeError as e:
    print(e)
try:
    setattr(1, "a", 2)
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
