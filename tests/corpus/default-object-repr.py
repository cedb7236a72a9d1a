class Plain:
    pass
def func():
    pass
print(Plain())
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(func)
print(Plain, func.__qualname__, Plain.__qualname__)
print(type(func), type(len), len, type(Plain()), object)
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner, Outer.Inner.method.__qualname__, Outer.Inner().method)
