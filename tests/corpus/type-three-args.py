def hello(self):
    return "hi from " + type(self).__name__
Dyn = type("Dyn", (object,), {"hello": hello, "x": 5})
d = Dyn()
print(d.hello(), Dyn.x, Dyn.__name__, type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().hello(), Sub.__mro__[1].__name__)
print(type(5), type("s"), type(None), type(type))
try:
    type("X", (5,), {})
except TypeError as e:
    print(e)
