a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(10))
del l[0], l[2:4], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
class C:
    pass
c = C()
c.x = 1
del c.x
try:
    del c.x
except AttributeError as e:
    print(e)
