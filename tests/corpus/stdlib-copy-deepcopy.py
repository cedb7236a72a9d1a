import copy
from collections import namedtuple, OrderedDict, Counter, deque
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return f'P({self.x}, {self.l})'
p = P(1); q = copy.copy(p); r = copy.deepcopy(p); p.l.append(2)
print(q, r, q.l is p.l, r.l is p.l)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[0])
T = namedtuple('T', 'x y'); t = T([1], 2); t2 = copy.deepcopy(t); print(t2, t2.x is t.x, type(t2).__name__)
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], maxlen=3)))
print(copy.deepcopy((1, 2)), copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}))
