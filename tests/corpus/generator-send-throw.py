def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown in:", e)
            x = 0
        if x is None:
            break
        total += x
    return total
g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("oops")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
