l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 8)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), len(l))
l.remove(8)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l, l.copy() == l, l.copy() is l, l[:] is l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
l.clear()
print(l, [1, 2] + [3], [0] * 3, [[0] * 2] * 2, list(range(3)), [1, [2, [3]]], [1, 2] == [1, 2], [1, 2] < [1, 3], [] == [])
nested = [[]] * 3
nested[0].append(1)
print(nested)
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
a += (10,)
print(a, a[::-1], 9 in a, a.index(9, 2))
