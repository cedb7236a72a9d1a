class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a, [a].count(a), a in [b])
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) == 1, V.__hash__ is None)
try:
    hash(V(1))
except TypeError as e:
    print(e)
class Weird:
    def __eq__(self, o):
        return "yes"
print(Weird() == 1, Weird() != 1)
