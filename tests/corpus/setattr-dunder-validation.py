class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
print(v.age)
v.age = -1
