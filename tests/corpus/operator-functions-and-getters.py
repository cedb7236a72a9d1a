import operator as o
print(o.itemgetter(1), o.itemgetter(1,'a'), o.attrgetter('a.b','c'), o.methodcaller('f', 1, k=2), o.methodcaller('g'))
for f in [lambda: o.concat(1,2), lambda: o.index(1.5), lambda: o.itemgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(), lambda: o.length_hint(1, 'a'), lambda: o.countOf([1],1), lambda: o.indexOf([1],2), lambda: o.add(1), lambda: o.iconcat(1, [2]), lambda: o.methodcaller(1), lambda: o.length_hint([1,2]), lambda: o.length_hint(iter([1,2,3])), lambda: o.length_hint(5, 7), lambda: o.attrgetter('a.')(1), lambda: o.itemgetter(1)([1, 2], 3)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(o.iadd([1],[2]), o.ipow(2,3), o.truth([]), o.not_(1), o.is_(None,None), o.call(len, 'ab'), o.contains('ab','a'), o.getitem([1,2],-1), o.abs(-3), o.inv(5), o.neg(2), o.pos(-2))
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.lshift(1, 4), o.rshift(16, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.lt(1, 2), o.le(2, 2), o.eq('a', 'a'), o.ne(1, 1), o.gt(3, 1), o.ge(1, 3), o.__add__(1, 1), o.__not__(0), o.__concat__([1], [2]))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=o.itemgetter(1)), sorted(rows, key=o.itemgetter(0)), list(map(o.itemgetter(0, 1), rows)))
class P:
    def __init__(s): s.a = type('X', (), {'b': 5})(); s.c = 7
    def f(s, x, k=0): return x + k
print(o.attrgetter('a.b')(P()), o.attrgetter('a.b', 'c')(P()), o.methodcaller('f', 1, k=2)(P()), o.methodcaller('upper')('ab'))
x = [1]; y = o.iadd(x, [2]); print(x is y, x, o.isub(5, 2), o.imul([0], 2), o.ior({1}, {2}))
print(o.itemgetter('k')({'k': 'v'}), o.itemgetter(slice(1, None))('abc'), o.index(True), o.matmul.__name__, o.__all__ == sorted(o.__all__))
