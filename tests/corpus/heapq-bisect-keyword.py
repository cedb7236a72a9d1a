import heapq, bisect, keyword
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
l = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]
heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 11), l)
print(heapq.heappushpop(l, -1), heapq.heappushpop(l, 4), l)
print(heapq.nlargest(3, [1, 8, 3, 8, 2]), heapq.nsmallest(2, "hello"), heapq.nsmallest(10, [3, 1]))
print(heapq.nlargest(2, [(1, 'a'), (2, 'b'), (2, 'c')], key=lambda t: t[0]))
print(heapq.nsmallest(0, [1]), heapq.nlargest(1, [4, 5]), heapq.nsmallest(1, iter([3, 2])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(['b', 'D'], ['a', 'c'], key=str.lower)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
class P:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f"P{s.v}"
ph = []
for v in [3, 1, 2]: heapq.heappush(ph, P(v))
print(ph, heapq.heappop(ph))
for f, a in [(heapq.heappush, (1, 2)), (heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heapify, ((),)), (heapq.heappop, ())]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
for args, kw in [(([1], 1, -1), {}), ((), {}), (([1], 2, 'a'), {}), (([1], 2), {'zz': 3})]:
    try: bisect.bisect_left(*args, **kw)
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect, bisect.insort, bisect.bisect_left)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
