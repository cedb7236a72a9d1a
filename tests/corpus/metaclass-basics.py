class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Model(metaclass=Meta):
    field = 1
    def __init__(self, v):
        self.v = v
class Sub(Model):
    other = 2
m = Sub(5)
print(m.v, Sub.created_by, type(Sub).__name__, repr(Sub), isinstance(Sub, Meta))
