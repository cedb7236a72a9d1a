from collections.abc import *
import collections.abc as cabc
class Bag(MutableMapping):
    def __init__(self, *a, **k): self._d = {}; self.update(*a, **k)
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag({'a': 1}, b=2)
print(b.get('a'), b.get('z', 0), 'a' in b, list(b.keys()), list(b.items()), list(b.values()), len(b))
print(type(b.keys()).__name__, b == {'a': 1, 'b': 2}, b.pop('a'), b.setdefault('c', 3), dict(b), b.popitem(), b.pop('q', 'd'))
try: b.pop('nope')
except KeyError as e: print('KeyError', e)
b.clear(); print(len(b), isinstance(b, Mapping), isinstance({}, MutableMapping), issubclass(Bag, Sized))
class Seq(Sequence):
    def __init__(self, items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq('abcab')
print(list(s), 'c' in s, list(reversed(s)), s.index('b'), s.index('b', 2), s.count('a'))
try: s.index('z')
except ValueError as e: print('ValueError', repr(e))
class MSeq(MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.items, m.pop(), m.pop(0), m.items); m.remove(2); print(m.items)
class S(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
print(list(S([1, 2]) & [2, 3]), list(S([1, 2]) | S([3])), S([1]) <= S([1, 2]), S([1, 2]) == {1, 2}, list(S([1,2,3]) - S([2])), sorted(S([1,2]) ^ S([2,3])), S([1]).isdisjoint([2]))
class MS(MutableSet):
    def __init__(self, it=()): self.d = set(it)
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
    def add(self, x): self.d.add(x)
    def discard(self, x): self.d.discard(x)
ms = MS([1, 2]); ms |= {5}; ms -= {1}; print(sorted(ms.d), ms.pop(), sorted(ms.d))
try: ms.remove(99)
except KeyError as e: print('KeyError', e)
try:
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e: print(e)
print(isinstance([], Sequence), isinstance('', Sequence), isinstance(range(3), Sequence), isinstance({}, Mapping), isinstance(set(), MutableSet), isinstance(frozenset(), Set))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(len, Callable), issubclass(list, Reversible), issubclass(dict, Collection))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), Set), KeysView({1: 2}), ItemsView({1: 2}), list(ValuesView({1: 2})))
class It:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
class It2(It, Iterator): pass
print(list(It2()), issubclass(It, Iterator), Iterable[int], Callable[[int], str] if False else 1)
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
print(list(G()), isinstance(G(), Iterator))
print(Sized.__abstractmethods__, sorted(MutableMapping.__abstractmethods__), sorted(Sequence.__abstractmethods__))
