from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap
import collections, functools, itertools, heapq, operator, string, keyword
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5); print(d, len(d), d[0], d[-1])
d.rotate(2); print(d); d.rotate(-1); print(d); print(d.pop(), d.popleft(), d)
d.extendleft([9, 8]); print(d, d.count(8), d.index(8), 8 in d, list(reversed(d)))
d2 = deque(); 
for f in [d2.pop, d2.popleft, lambda: d[10], lambda: d.remove(77)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd))
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total())
c.update('aaz'); c.subtract(['b']); print(c, sorted(c.elements()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5), Counter(a=3, b=2) & Counter(a=1))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
P = namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p.x, p._asdict(), p._replace(y=5), P._make([3, 4]), P._fields, p == (1, 0), isinstance(p, tuple))
x, y = p; print(x, y, P.__doc__, P.x.__doc__)
for f in [lambda: P(), lambda: P(1, 2, 3), lambda: namedtuple('Q', 'a a'), lambda: P._make([1])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm)
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
p2 = functools.partial(int, base=2); print(p2('101'), p2)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info()); fib.cache_clear(); print(fib.cache_info())
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain('ab', [1])), list(itertools.chain.from_iterable(['ab', 'c'])))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.pairwise('abcd')))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.compress('abc', [1, 0, 1])), list(itertools.starmap(pow, [(2, 3)])))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.repeat('x', 3)), itertools.count(3), itertools.repeat(1, 2))
cy = itertools.cycle('ab'); print([next(cy) for _ in range(5)])
h = []; [heapq.heappush(h, x) for x in [5, 1, 4, 2]]; print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), list(heapq.merge([1, 3], [2, 4])))
l = [9, 3, 7, 1]; heapq.heapify(l); print(l, heapq.heappushpop(l, 0), heapq.heapreplace(l, 10), l)
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('a'), operator.itemgetter(1), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(string.ascii_letters, string.punctuation, string.capwords('hello  world'), string.Template('$a and ${b}$$').substitute(a=1, b=2), string.Template('$a $z').safe_substitute(a=1))
print(keyword.iskeyword('def'), keyword.kwlist[:3], keyword.issoftkeyword('match'))
try: string.Template('$1').substitute()
except ValueError as e: print(e)
