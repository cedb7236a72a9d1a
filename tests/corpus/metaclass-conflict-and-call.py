class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class X(metaclass=Counted):
    def __init__(self, v):
        self.v = v
xs = [X(i) for i in range(3)]
print(Counted.count, [x.v for x in xs], type(X), type(type(X)))
