class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class P:
    x = Typed()
    y = NonData()
p = P()
p.x = 5
print(p.x, type(P.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
print(p.y)
p.__dict__["y"] = "instance wins"
print(p.y)
p.__dict__["x"] = "data descriptor wins"
print(p.x)
