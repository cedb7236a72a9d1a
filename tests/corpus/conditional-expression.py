for n in range(4):
    print("even" if n % 2 == 0 else "odd", end=" ")
print()
x = None
print(x if x is not None else "default")
print(1 if True else 1 / 0)
print("a" if 0 else "b" if "" else "c")
