def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
print(list(map(list, zip(*a))))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident)
for row in matmul([[1.5, 0], [0, 2]], [[2, 0], [0, 0.5]]):
    print(" ".join(f"{v:6.2f}" for v in row))
