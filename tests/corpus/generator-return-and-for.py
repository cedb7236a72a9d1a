def g():
    yield 1
    return "hidden"
print(list(g()))
for x in g():
    print("item", x)
def wrapper():
    result = yield from g()
    print("wrapper got", result)
list(wrapper())
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(type(gen).__name__, iter(gen) is gen)
