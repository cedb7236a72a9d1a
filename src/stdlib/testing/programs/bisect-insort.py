import bisect
a = [1, 2, 2, 4, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect(a, 2, 2, 4))
bisect.insort(recs, ('z', 6), key=lambda r: r[1]); print(recs)
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
