def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(perms([1, 2, 3]), len(perms(list(range(5)))))
print(hanoi(3), len(hanoi(10)))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
