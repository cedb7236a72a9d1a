from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
import collections
import copy
d=defaultdict(list); d['a'].append(1); print(d, repr(defaultdict()), defaultdict(int, a=1))
try: defaultdict(1)
except Exception as e: print(type(e).__name__, e)
class DD(defaultdict): pass
print(DD(int), d.copy(), type(DD(int).copy()), d | {'b': 2}, type(DD(int)|{}), {'z':1}|d)
dd=defaultdict(None)
try: dd[1]
except KeyError as e: print('KeyError', e)
print(d.default_factory, dd.default_factory, d.get('q'), 'q' in d)
cnt = defaultdict(int)
for w in "a b a c a".split(): cnt[w] += 1
print(cnt, sorted(cnt.items()))
o=OrderedDict(a=1,b=2); o.move_to_end('a'); print(o); o.move_to_end('a', last=False); print(o, OrderedDict())
print(o.popitem(), o.popitem(last=False) if o else None, o)
o=OrderedDict.fromkeys('abc'); print(o, o == OrderedDict.fromkeys('cba'), o == dict.fromkeys('cba'), list(reversed(o)), o.keys(), o.items(), o.values())
try: o.move_to_end('z')
except KeyError as e: print('KeyError', e)
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
print(o | {'q': 1}, type(o.copy()), o.setdefault('x', 5), o.pop('a'), o)
r = OrderedDict(); r['self']=r; print(r)
c=Counter('abracadabra'); print(c, c.most_common(3), c.most_common(), sorted(c.elements()), c.total(), list(c.elements()))
c.update({'a':1,'z':2}); c.update('zz', q=3); c.subtract('aaa'); c.subtract({'b':5}); print(c)
print(Counter(a=3,b=1)+Counter(a=1,b=2,c=-1), Counter(a=3,b=1)-Counter(a=1,b=2), Counter(a=3,b=1)|Counter(a=1,b=2), Counter(a=3,b=1)&Counter(a=1,b=2), +Counter(a=-1,b=2), -Counter(a=-1,b=2))
print(Counter(), Counter(a=1)==Counter(a=1,b=0), Counter(a=1)<=Counter(a=2), Counter(a=1)<Counter(a=1), Counter(a=1) == {'a':1})
x=Counter(a=1); x+=Counter(a=-3,b=2); print(x); x-=Counter(b=5); print(x); x|=Counter(q=1); x&=Counter(q=3); print(x)
print(c['nope'], 'nope' in c); del c['nope']; print(repr(Counter({'a':1,1:2})), Counter({'x':'s'}))
try: Counter.fromkeys('ab')
except Exception as e: print(type(e).__name__, e)
class C(Counter): pass
print(C('aab'), type(C('ab').copy()), type(C('a')+C('b')))
try: Counter(1)
except Exception as e: print(type(e).__name__, e)
print(Counter([1,1,2]).most_common(1), Counter({'a': 2.5, 'b': 1}), Counter('hello world').most_common(2), isinstance(c, dict))
