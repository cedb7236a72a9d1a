import functools
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url="mem"):
        print("connect", url)
        self.url = url
print(Db().url, Db("ignored").url, Db() is Db(), Db.__name__)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "two"))
