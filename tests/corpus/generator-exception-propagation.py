def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in gen():
    print(x)
    break
print("after break")
def bad():
    yield 1
    raise KeyError("in generator")
g = bad()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("caught", e)
print(next(g, "exhausted"))
