def compute(a, b):
    return a * 2 + b / 0
compute(1, 2)
