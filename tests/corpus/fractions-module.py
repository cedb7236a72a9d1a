# fractions: construction, arithmetic with int/float/complex, comparisons, hashing, rounding, limit_denominator.
import copy
import math
from fractions import Fraction as F


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("construction")
for text in ["3/4", " -6/8 ", "1.", ".5", "+.5e-2", "1E2", "1_000/3", "1.5_0", "\u0661\u0662", "3/ 4", "1/2.5", "-", "", "x", "1.dd", "1/0",
             "1.D", "1.de5", "1.e5", ".e5", "1_", "1__0", "1/_2", "1e-0_1", "\u20031/2\u2003", "1.5E+2", "1 /2"]:
    show("F(%r)" % text, lambda: F(text))
show("F(2, -4)", lambda: F(2, -4))
show("F(0, -3)", lambda: F(0, -3))
show("F(True, 2)", lambda: F(True, 2))
show("F(F(1, 2), F(1, 3))", lambda: F(F(1, 2), F(1, 3)))
show("F(1.5)", lambda: F(1.5))
show("F(0.1)", lambda: F(0.1))
show("F(1.5, 2)", lambda: F(1.5, 2))
show("F([])", lambda: F([]))
show("F(1, 0)", lambda: F(1, 0))
show("F(inf)", lambda: F(float("inf")))
show("F(nan)", lambda: F(float("nan")))
show("from_float(3)", lambda: F.from_float(3))
show("from_float('a')", lambda: F.from_float("a"))
show("from_decimal(1.5)", lambda: F.from_decimal(1.5))

print("arithmetic")
a, b = F(1, 3), F(1, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a))
print(a + 1, 1 - a, 3 / F(2, 5), 3 // F(2, 5), 3 % F(2, 5), divmod(7, F(2, 3)), F(1, 2) + True)
print(a + 0.5, 0.5 - b, F(7, 3) // 0.5, divmod(F(7, 3), 0.5), F(1, 2) + 1j, 1j * F(2))
print(2 ** F(3), 2 ** F(-3), 2.0 ** F(-3), 2 ** F(1, 2), F(4, 9) ** 0.5, F(9, 4) ** F(1, 2), F(2, 3) ** 1j)
print(F(-2, 3) ** -3, F("1/3") ** -2, F(5) ** -1, sum([F(1, 3)] * 3), F(7, 3) * F(3, 7) == 1)
for label, thunk in [("F/0", lambda: F(3, 4) / 0), ("F/F(0)", lambda: F(-6, 4) / F(0)), ("0/0", lambda: F(0) / 0),
                     ("F//0", lambda: F(3, 4) // 0), ("F%0", lambda: F(3, 4) % 0), ("divmod0", lambda: divmod(F(3, 4), 0)),
                     ("0**-1", lambda: F(0) ** -1), ("F+str", lambda: F(1, 2) + "a"), ("str*F", lambda: "a" * F(1)),
                     ("F<1j", lambda: F(1, 2) < 1j)]:
    show(label, thunk)

print("comparisons and hashing")
print(F(1, 3) < 0.34, F(1, 3) > float("nan"), F(1, 3) < float("inf"), F(1, 3) == 1 / 3, F(1, 2) == 0.5)
print(F(1, 2) == complex(0.5, 0), F(1, 2) == F(2, 4), F(3, 2) > 1, 1 < F(3, 2), 0.2 < F(1, 4), F(1, 2) >= 0.5)
print(sorted([F(1, 2), 0.3, 1, F(-1, 5)]), max(F(1, 2), 0.6), min(F(5, 3), 2))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(5, 2 ** 61 - 1)), hash(F(-1)), hash(F(1, 2)) == hash(0.5))
print(hash(F(10 ** 30)) == hash(10 ** 30), len({F(1, 2), F(2, 4), F(3, 6)}), F(1, 2) in {F(1, 2)})

print("conversions and rounding")
x = F(-7, 2)
print(int(x), math.floor(x), math.ceil(x), math.trunc(x), float(x), complex(F(1, 2)), bool(F(0)), bool(x))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234567, 1000), 2), round(F(1234567, 1000), -2))
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate(), str(F(4, 2)), str(x), repr(x))
print(float(F(10 ** 400, 3 * 10 ** 399)), format(F(1, 3)), f"{F(2, 6)}", "%s" % F(1, 3))

print("limit_denominator")
pi = F(3.141592653589793)
print(pi.limit_denominator(1000), pi.limit_denominator(100), pi.limit_denominator(), pi.limit_denominator(1))
print(F(1, 3).limit_denominator(5), F(-11, 7).limit_denominator(3), F(10 ** 20 + 1, 10 ** 20).limit_denominator(10))
show("limit_denominator(0)", lambda: F(1, 3).limit_denominator(0))


class Money(F):
    def __repr__(self):
        return "Money(%s)" % self


m = Money(5, 2)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(Money.from_float(0.5)).__name__)
print(copy.copy(F(1, 2)) is not None, repr(copy.deepcopy(m)), type(copy.copy(m)).__name__)
show("F(1, 2).__dict__", lambda: F(1, 2).__dict__)
print(F.__add__.__name__, F.__radd__.__name__, F.__divmod__.__name__, F.__rtruediv__.__name__)
