x: int = 5
y: list[int]
print(x)
print(__annotations__)
class C:
    a: int = 1
    b: str
print(C.__annotations__)
print(C.a)
print(hasattr(C, "b"))
try:
    print(y)
except NameError as e:
    print(e)
