from decimal import *
import math
D = Decimal
print(math.sqrt(D(2)), math.isclose(D('1.0'), D('1.00000000001')), '%.2f' % D('1.005'), '%s|%r' % (D('1.50'), D('1.50')), '%d' % D('7.9'), str(D('1.5')).zfill(6))
print(D(1) == complex(1, 0), D(2) != 1j, D('1.5').__eq__(None))
print(min([D('2.50'), D('2.5')]), max(D('2.5'), D('2.50')), D('2.50') == D('2.5'), hash(D('2.50')) == hash(D('2.5')))
print(list(map(D, ['1', '2.5'])), [str(x) for x in sorted({D('3'), D('1'), D('2')})])
print(D(10) ** 28 + 1, D('1' * 40), +D('1' * 40), D('9' * 30) + 1)
print(Decimal('  \t 12.5 \n'), Decimal('\u0661\u0662'), Decimal('١٢.٥'))
x = D(0)
for i in range(10):
    x += D('0.1')
print(x, x == 1, float(x) == 1.0)
print(D('12.345').quantize(D('0.1'), rounding=ROUND_UP), D('-12.345').quantize(D('0.01'), ROUND_HALF_UP))
print(getcontext().divide(D(1), D(3)), getcontext().power(D(2), D(-3)), pow(D(2), 3), pow(2, D(3)))
try:
    pow(D(2), 3, 5)
except Exception as e:
    print(type(e).__name__, e)
d = D('7.25')
print(d.__class__, d.__class__.__name__, isinstance(d, object), type(d) is Decimal)
print(Decimal('1.1').__reduce__(), Context().copy() is not getcontext())
print(repr(getcontext().flags) == repr(getcontext().flags.copy()) or 'x', type(getcontext().flags.copy()))
print(D('-1.23e-7'), D('1.23e-6'), D('123.456e-2'), D('-0.000'), D('0e-7'), D('1e+0'), D('-1e-0'), D(123456789).scaleb(-20))
print(pow(D(-2), 3, 5), pow(D(2), 3, -5), pow(D('2.0'), 3, 5), pow(D(7), D(100), D(13)), pow(D(3), 4, 7), getcontext().power(3, 4, 7))
for a in [(D(2), -1, 5), (D('2.5'), 3, 5), (D(2), 3, 0), (D(0), 0, 5)]:
    try:
        print(pow(*a))
    except Exception as e:
        print(type(e).__name__, e)
