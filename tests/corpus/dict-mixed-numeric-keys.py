# Keys of different types that CPython treats as one: int/float/bool/complex, Fraction and a user class
# hashing like 2, in dict get/set/del/in, set add/in/remove, equality, set algebra and Counter.
from fractions import Fraction
from collections import Counter
class Two:
    def __hash__(self): return hash(2)
    def __eq__(self, o): return o == 2
    def __repr__(self): return 'Two()'
d = {1: 'a'}
print(d[1.0], d[True], d.get(1+0j), 1+0j in d)
d2 = {1+0j: 'c'}
print(d2.get(1), d2.get(1.0), d2.get(True), 1+0j in {1+0j})
print({2+3j: 1}.get(2+3j), {(1+2j, 3): 1}.get((1+2j, 3.0)))
print({1, 1.0, True, 1+0j}, {0j, -0j, 0.0, False})
print({Fraction(1,2): 'h'}[0.5], 2 in {Fraction(2)}, Fraction(2) in {2}, 0.5 in {Fraction(1,2)})
print({0.5: 1}[Fraction(1,2)])
d = {2: 'int'}
d[Fraction(2)] = 'frac'; print(d)
d[Two()] = 'two'; print(d)
del d[Fraction(2, 1)]; print(d)
d = {Fraction(2): 'f'}
d[2] = 'i'; d[2.0] = 'fl'; print(d, 2 in d, d[Two()])
del d[2]; print(d)
s = {Fraction(3)}
s.add(3); s.add(3.0); print(s, 3 in s, Two() in s)
s.remove(3); print(s)
s = {2, 5}
s.add(Two()); print(s); s.remove(Two()); print(s)
print({2: 1} == {Fraction(2): 1}, {Fraction(2): 1} == {2.0: 1}, {2} == {Two()}, {Fraction(1,2)} == {0.5})
print({1, 2} | {Fraction(2), Fraction(5,2)}, {1, 2} & {Fraction(2)}, {Fraction(2)} - {2})
c = Counter([1, 1.0, True, Fraction(1), 2, Fraction(2), 1+0j])
print(c)
c = Counter([Fraction(1), 1, 1.0])
print(c, c[1], c[Fraction(1)])
try:
    {1: 2}[Fraction(1, 3)]
except KeyError as e:
    print('KeyError', e)
print(dict.fromkeys([Two(), 2, 2.0]), set([2, Two()]), frozenset([Two(), 2]) == frozenset([2]))

# ---- displays, comprehensions, constructors and methods ----
from fractions import Fraction
F = Fraction
print({F(1): 0, 1: 1}, {F(1), 1}, {x for x in [F(1), 1]}, {k: 0 for k in [F(1), 1.0]})
print(dict([(F(1), 0), (1, 1)]), set([F(2), 2.0]), frozenset([F(2), 2]), {**{F(1): 0}, **{1: 2}})
d = {F(1): 0}; d.update({1: 5}); d.setdefault(1.0, 9); print(d, d.pop(1), d)
d = {F(1): 0}; d |= {True: 3}; print(d, {F(1): 0} | {1: 2})
s = {F(1)}; s |= {1}; s.update([1.0]); print(s, s ^ {1}, s.symmetric_difference([1]), s.isdisjoint([1]), s <= {1}, {1} <= s)
import collections
print(collections.OrderedDict([(F(1), 0), (1, 1)]), collections.defaultdict(int, {F(1): 0})[1])
c = collections.Counter({F(1): 2}); c[1] += 1; print(c, c.most_common())
print(list({F(1): 0, 1: 1}.keys()), {F(1): 'a'}.get(True), 1 in {F(1): 0}.keys())
