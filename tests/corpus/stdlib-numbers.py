# numbers: the numeric tower ABCs, registrations of the builtin numbers and Fraction, abstract methods.
import numbers
from fractions import Fraction
from numbers import Number, Complex, Real, Rational, Integral

tower = [Number, Complex, Real, Rational, Integral]
for value in [3, True, 2.5, 1 + 2j, Fraction(1, 3), "3", None, [1]]:
    print(repr(value), [c.__name__ for c in tower if isinstance(value, c)])
for t in [int, bool, float, complex, Fraction, str]:
    print(t.__name__, [c.__name__ for c in tower if issubclass(t, c)])
print(numbers.__all__, Number.__hash__, Number.__slots__, type(Number).__name__)
print(issubclass(Integral, Rational), issubclass(Real, Integral), Integral.__mro__)
for c in tower:
    print(c.__name__, sorted(c.__abstractmethods__))

class Half(Real):
    pass
try:
    Half()
except TypeError as e:
    print(e)


class Meters(Real):
    """A complete Real: only the abstract methods are written here."""
    def __init__(self, v): self.v = float(v)
    def __repr__(self): return f"Meters({self.v})"
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)

m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, Complex), isinstance(m, Rational), hash(m) if Meters.__hash__ else 'unhashable')


class Seven(Integral):
    def __int__(self): return 7
for name in sorted(Integral.__abstractmethods__ - {'__int__'}):
    setattr(Seven, name, lambda self, *a: NotImplemented)
Seven.__abstractmethods__ = frozenset()
s = Seven()
print(float(s), s.numerator, s.denominator, [10, 20, 30, 40, 50, 60, 70, 80][s], s.__index__())


class Q(Rational):
    numerator = 3
    denominator = 4
for name in sorted(Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(Q, name, lambda self, *a: 0)
Q.__abstractmethods__ = frozenset()
print(float(Q()))

class Registered:
    pass
Integral.register(Registered)
print(isinstance(Registered(), Number), issubclass(Registered, Real), issubclass(Registered, float))

try:
    class Partial(Complex):
        def __complex__(self): return 0j
    Partial()
except TypeError as e:
    print(e)
