from decimal import *
D = Decimal
a, b = D('1.10'), D('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a))
print(1 + a, 1 - a, 2 * a, 1 / b, 7 // b, 7 % b, divmod(7, b), 2 ** D(3), D(2) ** -2, D('0.5') ** -1)
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, divmod(D(-7), 2), D('-7.5') % D('2'))
print(D('0.1') + D('0.2') == D('0.3'), 0.1 + 0.2 == 0.3, D(0.1) + D(0.2))
print(D('1.10') * 3, D('1.30') + D('1.20'), D('1.3') * D('1.3'), D('100') / D('4'), D('1') / D('8'), D('10') / D('3'))
print(D('1e5') + 1, D('1.000') - D('1'), D('0') * D('-1'), D('-0') + D('0'), D('-0') + D('-0'), D('5') - D('5'))
print(D(2) / 3 * 3, D(1) / 7, D(22) / 7)
for prec in (1, 3, 5, 10, 50):
    getcontext().prec = prec
    print(prec, D(1) / D(7), D(2).sqrt(), D('123456.789') + 0, +D('9.999999'))
getcontext().prec = 28
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    out = []
    for v in ['2.5', '-2.5', '1.5', '2.51', '-2.49', '0.05', '1.04', '5.01', '-0.4']:
        out.append(str(D(v).quantize(D('1'), rounding=r)))
    getcontext().rounding = r
    out.append(str(Context(prec=2, rounding=r).plus(D('1.25'))))
    out.append(str(D(2) / 3))
    print(r, ' '.join(out))
getcontext().rounding = ROUND_HALF_EVEN
print(D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), ROUND_HALF_UP), D('7.325').quantize(D('.01'), rounding=ROUND_DOWN))
print(D('1.41421356').quantize(D('1.000')), D('123').quantize(D('1e1')), D('123').quantize(D('1e-5')), D('-0').quantize(D('1.00')))
print(D('1.5').to_integral_value(), D('2.5').to_integral(), D('2.5').to_integral_exact(ROUND_CEILING), D('-2.5').to_integral_value(rounding=ROUND_FLOOR), D('12E2').to_integral())
print(D('1.200').normalize(), D('1200').normalize(), D('0.00').normalize(), D('-1E+3').normalize(), D('120.00').normalize())
print(int(D('3.99')), int(D('-3.99')), float(D('0.1')), float(D('-inf')), float(D('1e400')), round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('1234.5'), -2))
import math
print(math.floor(D('-3.5')), math.ceil(D('-3.5')), math.trunc(D('-3.5')), math.floor(D('3.5')), math.ceil(D('3.2')))
print(bool(D(0)), bool(D('0.000')), bool(D('nan')), bool(D('-1e-100')))
print(D('3.14').as_integer_ratio(), D(10).as_integer_ratio(), D('-0.5').as_integer_ratio(), D('1e3').as_integer_ratio())
print(D(1) < D(2), D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 1.5, D(2) > 1.5, 2 > D('1.9'), D('1.5') >= 1.5)
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D('0.34') > Fraction(1, 3), Fraction(1, 2) == D('0.5'))
print(D('nan') == D('nan'), D('nan') != 1, D('inf') > 10**100, -D('inf') < D('-1e999999'), max(D(1), D(2), D('1.5')), sorted([D(3), D('1.5'), 2, D('-1')]))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1)
print(D(10) ** 20, D(2) ** 100, D('1.5') ** 3, D('-2') ** 3, D(0) ** 5, D('-0') ** 3, D(7) ** 0, D('inf') ** 2, D('inf') ** -1, D(0) ** -1, D(2) ** D('0.5'), D('1.5') ** D('2.5'), D(3) ** D('2.000'), D(2) ** 1000)
print(D(4) ** D('0.5'), D(10) ** D('-0.5'), D('0.5') ** D('0.5'), D(100) ** D('1.5'))
