from decimal import Decimal, getcontext
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01")))
getcontext().prec = 5
print(Decimal(1) / Decimal(7), repr(Decimal("3.0")))
