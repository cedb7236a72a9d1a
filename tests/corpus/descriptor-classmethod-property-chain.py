class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
class User(metaclass=Meta):
    pass
print(User.table)
try:
    User().table
except AttributeError as e:
    print(e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Page:
    calls = 0
    @Lazy
    def content(self):
        Page.calls += 1
        return "loaded"
p = Page()
print(p.content, p.content, Page.calls, type(Page.content).__name__)
