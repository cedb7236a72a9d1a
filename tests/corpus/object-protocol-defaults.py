class P:
    pass
p = P()
print(p.__class__ is P, type(p.__dict__).__name__, P.__dict__["__module__"], "__weakref__" in P.__dict__)
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(1), P.__name__, P.__doc__)
print(str(p) == repr(p), format(p, "") == str(p), p.__sizeof__() > 0, object.__new__(P).__class__.__name__)
try:
    format(p, "x")
except TypeError as e:
    print(e)
print(hash(p) == hash(p), isinstance(P, object), isinstance(object, type), type(object), type.__mro__)
