def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "result"
g = countdown(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(countdown(2)))
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
