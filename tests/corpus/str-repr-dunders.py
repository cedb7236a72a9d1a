class P:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"P#{self.n}"
    def __repr__(self):
        return f"P({self.n!r})"
p = P("a")
print(p, str(p), repr(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
