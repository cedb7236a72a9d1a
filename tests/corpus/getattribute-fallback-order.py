class D:
    def __get__(self, obj, t=None):
        return "descriptor"
class C:
    attr = D()
    plain = "class"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__["plain"] = "instance"
print(c.attr, c.plain, c.nothing, C.plain)
class Raises:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Raises().broken)
