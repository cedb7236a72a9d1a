# comprehensions.py — list/dict/set comprehensions and generator expressions over ranges and nested data.
total = 0
for rep in range(25):
    squares = [i * i for i in range(20000)]
    evens = [s for s in squares if s % 2 == 0]
    table = {i: s for i, s in enumerate(evens) if i % 3}
    uniq = {s % 1000 for s in squares}
    grid = [[r * c for c in range(30)] for r in range(30)]
    total += sum(evens) % 1000003 + len(table) + len(uniq) + sum(sum(row) for row in grid)
print("checksum", total)
