class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), "cls_attr" in dir(p), "a" in dir(p), "__init__" in dir(P), [n for n in dir(p) if not n.startswith("_")])
def f(x, y=2):
    z = x + y
    return locals()
print(f(1))
g = globals()
print(g["__name__"], "f" in g, "P" in g, type(g).__name__)
g["injected"] = 99
print(injected)
print(sorted(k for k in vars() if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)
print([n for n in dir([]) if not n.startswith("_")])
