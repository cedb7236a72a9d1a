from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
import collections
import copy
P=namedtuple('Point','x y'); Q=namedtuple('Q', 'a b c', defaults=[5]); R=namedtuple('R','a')
for f in [lambda: P(1), lambda: P(), lambda: Q(), lambda: P(1,2,3), lambda: Q(1,2,3,4), lambda: P(1,2,z=3), lambda: P(1,x=2), lambda: R(1,2), lambda: namedtuple('P','1x'), lambda: namedtuple('P','a a'), lambda: namedtuple('P','_a'), lambda: namedtuple('P','def'), lambda: namedtuple('P', 'a', defaults=[1,2]), lambda: P(1,2)._replace(z=1), lambda: P._make([1]), lambda: namedtuple('P', [1])]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
p=P(1,2); print(p, p.x, p[1], P._fields, Q._field_defaults, Q(1,2), p._asdict(), p._replace(x=5), P._make([3,4]), P.__match_args__, P.__doc__, P.x.__doc__, P.__module__, P.__qualname__, type(p).__mro__)
print(namedtuple('S', 'a def _b a', rename=True)._fields, R(1), hash(p)==hash((1,2)), p==(1,2), isinstance(p, tuple), p+(3,), P(y=1, x=2))
class V(P):
  def norm(self): return self.x+self.y
print(V(1,2), V(1,2).norm(), namedtuple('E', '')(), namedtuple('T', 'a, b')(1, b=2), P.__slots__, repr(P.x))
print(copy.copy(p), copy.deepcopy(p))
x, y = p; print(x, y, sorted([P(2, 1), P(1, 5)]), max(P(2, 1), P(1, 5)))
try: p.x = 5
except AttributeError as e: print("AttributeError")
c=ChainMap({'a':1},{'a':2,'b':3}); print(c, c['a'], c['b'], len(c), list(c), c.get('z', 0), 'b' in c, c.maps, c.parents, c.new_child(), c.new_child({'q':1}))
c['z']=9; del c['z']; print(c)
try: del c['b']
except KeyError as e: print('KeyError', e)
try: ChainMap()['x']
except KeyError as e: print('KeyError', e)
print(dict(c), c.copy(), c == {'a':1,'b':3}, ChainMap(), c.pop('a'), c, bool(ChainMap({})), c | {'x': 1})
try: ChainMap({}).popitem()
except KeyError as e: print('KeyError', e)
u=UserDict(a=1); print(u, u.data, type(u.data), len(u), u['a'], isinstance(u, dict), list(u), 'a' in u, u.get('b', 3))
class MyD(UserDict):
    def __setitem__(self, k, v): self.data[k] = v * 2
m = MyD(a=1); m['b'] = 2; print(m, m.data)
l=UserList([1,2]); print(l, l.data, l+[3], type(l+[3]), isinstance(l, list), l[0], l[:1], type(l[:1]), len(l)); l.append(5); print(l, 5 in l)
s=UserString('ab'); print(s, s.data, s.upper(), type(s.upper()), isinstance(s, str), s+'c', repr(s), len(s), s == 'ab')
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
from collections import abc
print(abc.Sequence)

