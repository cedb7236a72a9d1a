# A for loop over gen() that exits early drops the generator; CPython closes it right there.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

def first():
    for x in gen("return"):
        return x

print(first())
for x in gen("break"):
    try:
        break
    finally:
        print("inner finally")
print("after break")
g = gen("stored")
for x in iter(g):
    break
print("still open", next(g))
for x in gen("exhausted"):
    pass
print("end")
g.close()
