from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
import collections
d=deque([1,2,3])
for f in [lambda: d.index(9), lambda: d.remove(9), lambda: deque(maxlen=-1), lambda: d+[1], lambda: deque([1,2],maxlen=2).insert(0,1), lambda: d[5], lambda: d['a'], lambda: d[1:2], lambda: deque().pop(), lambda: deque().popleft(), lambda: d.rotate('a'), lambda: deque(maxlen='a'), lambda: deque(1), lambda: deque([],2,3), lambda: d.count()]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d=deque([1,2,3])
try:
  for x in d: d.append(1)
except Exception as e: print(type(e).__name__, e)
print(deque('ab', 3), deque(), deque([deque()]), repr(deque(maxlen=0)))
class D(deque): pass
print(D([1]), D([1],maxlen=4), D([1]).copy(), type(D([1]).copy()), D([1])+D([2]), type(D()+D()), d*2, 2*d)
dd = deque(range(10), 5); print(dd, dd.maxlen); dd.extendleft('ab'); print(dd); dd.rotate(2); print(dd); dd.rotate(-3); print(dd)
import copy; print(copy.copy(dd), copy.deepcopy(dd))
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1])
print(d.index(2, -3), d.index(3, 0, 10))
dq=deque([1,2,3]); dq[-1]=9; del dq[0]; print(dq, 2 in dq, list(reversed(dq)), dq.count(9)); dq.insert(-1, 'x'); dq.insert(100,'y'); print(dq); dq.reverse(); print(dq); dq.clear(); print(dq, bool(dq))
e=deque([1]); e.append(e); print(e)
print(len(deque([1,2])), list(deque('abc')))
q = deque(); q += [1, 2]; q *= 2; print(q)
