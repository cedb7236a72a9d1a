from decimal import *
import decimal
D = Decimal
vals = ['0', '-0', '1', '-1.50', '  3.14  ', '1_000.5', '+7', '1e10', '1E-10', '-2.5e+3', '.5', '5.', 'NaN', 'sNaN', '-nan', 'NaN123', 'Infinity', '-inf', 'INF', '0.000001', '0.0000001', '123456789012345678901234567890', '1.23E+5', '0E-10', '0e5']
for v in vals:
    d = D(v)
    print(repr(v), str(d), repr(d), d.as_tuple(), d.to_eng_string())
print(D(0.1))
print(D(1.5), D(-0.0), D(float('inf')), D(float('nan')), D(2**70), D(-5), D(True))
print(D((0, (1, 4, 1, 4), -3)), D((1, (), 'F')), D((0, (1,), 'n')), D([1, [2, 5], 2]))
print(D(D('1.30')), D('1.30', Context(prec=1)))
for bad in ['abc', '1.2.3', '', ' ', '1e', '1__0', '_1', 'infinit', 'nan1.2', '1 2']:
    try:
        print(D(bad))
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)
for bad in [[1], (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), object(), 1j]:
    try:
        print(D(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = Context(traps=[])
print(c.create_decimal('abc'), c.flags[InvalidOperation])
print(c.create_decimal('1.23456789012345678901234567890123'))
print(Context(prec=3).create_decimal('1.23456'), Context(prec=3).create_decimal_from_float(0.1))
for e in ['1E+6', '1E+7', '12E+5', '0.00001234', '-1.2E-8', '0E+7', '0E-8', '123E-20', '1E+100']:
    print(e, D(e).to_eng_string(), str(D(e)))
print(Decimal.from_float(0.25), Decimal.from_float(7), Decimal.from_float(-0.1))
print(hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), hash(D(10**30)) == hash(10**30), hash(D('-1')), hash(D('inf')), hash(D('-inf')))
from fractions import Fraction
print(hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-2.25')) == hash(-2.25))
print({D('1.0'): 'a'}[1], D('1.5') in {1.5})
