import copy
from collections import namedtuple, OrderedDict, Counter, deque, defaultdict
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return f'P({self.x}, {self.l})'
p = P(1); q = copy.copy(p); r = copy.deepcopy(p); p.l.append(2)
print(q, r, q.l is p.l, r.l is p.l, type(r).__name__)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s0 = S(); s = copy.deepcopy(s0); print(s.a, s.b, s.a is s0.a, copy.copy(s0).a is s0.a)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[0])
T = namedtuple('T', 'x y'); t = T([1], 2); t2 = copy.deepcopy(t); print(t2, t2.x is t.x, type(t2).__name__, copy.copy(t) is t)
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], maxlen=3)), copy.deepcopy(deque([[1]], maxlen=3)))
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); dd2['a'].append(2); dd2['z']; print(dd, dd2)
print(copy.deepcopy((1, 2)), copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.copy(frozenset([1])), copy.deepcopy(bytearray(b'ab')))
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(G()).v, copy.deepcopy(G()).v)
class Node:
    def __init__(self, n): self.n = n; self.kids = []
    def __deepcopy__(self, memo):
        new = Node(self.n); memo[id(self)] = new
        new.kids = copy.deepcopy(self.kids, memo); return new
root = Node(1); root.kids.append(root); r2 = copy.deepcopy(root); print(r2.kids[0] is r2, r2.n)
class L(list): pass
l = L([1, [2]]); l.tag = 't'; l2 = copy.deepcopy(l); print(l2, type(l2).__name__, l2.tag, l2[1] is l[1])
print(copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
x = [1]; m = {}; y = copy.deepcopy([x, x], m); print(y[0] is y[1], len(m))
