records = [("bob", 3), ("al", 1), ("cy", 3), ("di", 1), ("ed", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
l = [5, 2, 8, 1]
print(sorted(l), l, min(l), max(l), sum(l), sorted(l, reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]), sorted([[2], [1, 5], [1]]))
