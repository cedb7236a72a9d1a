def squares(values):
    return [await v for v in values]


print(squares([]))
