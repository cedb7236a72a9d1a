from collections import Counter
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b)
a.update("aab")
a.subtract({"a": 1})
print(a, a.total(), sorted(a.elements()), a.most_common(1))
print(Counter([3, 1, 3, 2, 3]).most_common(), Counter("hello") == Counter("olleh"))
