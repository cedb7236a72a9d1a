class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 2
print(p.y, P.__slots__)
class Q(P):
    pass
q = Q()
q.z = 5
print(q.z)
