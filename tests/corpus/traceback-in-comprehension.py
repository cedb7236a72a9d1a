def inverse(xs):
    return [1 / x for x in xs]
print(inverse([1, 2]))
inverse([1, 0])
