def f(a, b=2, c=[]):
    c.append(a)
    return a + b, c
print(f(1))
print(f(1, 3))
print(f(5, c=[0]))
print(f(2))  # the shared default list keeps growing
print(f.__defaults__)
