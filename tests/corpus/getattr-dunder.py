class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"computed {name}"
l = Lazy()
print(l.real, l.anything, getattr(l, "other"), hasattr(l, "_private"))
class Spy:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = Spy()
s.v = 21
print(s.v)
del s.v
