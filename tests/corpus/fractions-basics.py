from fractions import Fraction
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.75"), Fraction(1, 3) < 0.34, float(Fraction(1, 8)))
