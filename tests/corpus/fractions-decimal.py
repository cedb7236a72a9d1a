from fractions import Fraction
from decimal import Decimal, getcontext
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.75"), Fraction(1, 3) < 0.34, float(Fraction(1, 8)))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01")))
getcontext().prec = 5
print(Decimal(1) / Decimal(7), repr(Decimal("3.0")))
