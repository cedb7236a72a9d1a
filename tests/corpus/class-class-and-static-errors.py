class A:
    def method(self):
        return "m"
try:
    A.method()
except TypeError as e:
    print(e)
print(A.method(A()))
try:
    A()()
except TypeError as e:
    print(e)
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    len(A())
except TypeError as e:
    print(e)
try:
    A()[0]
except TypeError as e:
    print(e)
try:
    A()[0] = 1
except TypeError as e:
    print(e)
try:
    iter(A())
except TypeError as e:
    print(e)
try:
    class B(A, 5):
        pass
except TypeError as e:
    print(e)
try:
    class C(int, str):
        pass
except TypeError as e:
    print(e)
