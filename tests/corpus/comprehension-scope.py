class C:
    n = 3
    vals = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        print(e)
print(C.vals)
def f():
    k = 2
    return [k * i for i in range(3)]
print(f())
