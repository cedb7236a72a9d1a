def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return []
print(f.__annotations__)
def g(x):
    pass
print(g.__annotations__)
