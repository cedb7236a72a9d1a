class Point:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y
p = Point(1, 2)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
try:
    object(1)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
