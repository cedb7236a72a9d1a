print([x * x for x in range(6) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print(sorted({x % 3 for x in range(10)}))
print([[c for c in w] for w in ["ab", "cd"]])
print(list(x for x in "abc"))
print(sum(x for x in range(101)))
x = "outer"
print([x for x in range(2)], x)
