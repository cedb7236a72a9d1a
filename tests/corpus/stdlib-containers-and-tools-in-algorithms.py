from collections import Counter, deque, defaultdict, OrderedDict, namedtuple
import heapq, itertools, functools, operator, bisect, copy, string
text = "It was the best of times, it was the worst of times"
words = [w.strip(",").lower() for w in text.split()]
freq = Counter(words)
for w, n in freq.most_common(4): print(f"{w:>6}: {'#' * n}")
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
    graph[a].append(b); graph[b].append(a)
def bfs(start):
    seen, q, order = {start}, deque([start]), []
    while q:
        v = q.popleft(); order.append(v)
        for w in sorted(graph[v]):
            if w not in seen: seen.add(w); q.append(w)
    return order
print(bfs(1), dict(graph))
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]
    while pq:
        d, v = heapq.heappop(pq)
        if d > dist.get(v, float('inf')): continue
        for w, c in g.get(v, []):
            nd = d + c
            if nd < dist.get(w, float('inf')):
                dist[w] = nd; heapq.heappush(pq, (nd, w))
    return dist
print(dijkstra({'a': [('b', 1), ('c', 4)], 'b': [('c', 2), ('d', 5)], 'c': [('d', 1)]}, 'a'))
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k); return self.d[k]
    def put(self, k, v):
        self.d[k] = v; self.d.move_to_end(k)
        if len(self.d) > self.cap: self.d.popitem(last=False)
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c.d)
Point = namedtuple("Point", "x y")
class P3(Point):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
pts = [P3(3, 4), P3(1, 1), P3(0, 2)]
print(sorted(pts, key=operator.attrgetter("y")), max(pts, key=lambda p: p.norm), pts[0]._asdict())
print(["".join(p) for p in itertools.permutations("abc")][:4], list(itertools.accumulate([3, 1, 4, 1, 5], max)))
data = sorted([("fruit", "apple"), ("veg", "kale"), ("fruit", "fig")], key=operator.itemgetter(0))
for k, grp in itertools.groupby(data, key=operator.itemgetter(0)): print(k, [g[1] for g in grp])
print(functools.reduce(operator.mul, range(1, 11)), functools.partial(int, base=2)("1011"))
@functools.lru_cache(maxsize=None)
def ways(n): return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info())
scores = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(scores, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
nested = {"a": [1, {"b": 2}]}; clone = copy.deepcopy(nested); clone["a"][1]["b"] = 3; print(nested, clone)
print(string.Template("Hello $name, you owe $$${amount}").substitute(name="Ann", amount=5), string.capwords("the end"))
print(list(itertools.zip_longest("ab", [1, 2, 3])), list(itertools.product([0, 1], repeat=2)), list(itertools.combinations(range(4), 3)))
dq = deque(maxlen=3)
for i in range(6): dq.append(i)
print(dq, list(reversed(dq)), dq[0], dq[-1])
