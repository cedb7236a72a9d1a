from decimal import *
D = Decimal
cases = [('1234.5678', '.2f'), ('1234.5678', ',.2f'), ('1234.5678', ''), ('1E+5', ''), ('1E+5', 'f'), ('1.5', '.5g'), ('123456', '.3g'), ('0.0000123', 'g'), ('0.0000123', '.2g'), ('1.23E-7', 'g'), ('1234.5', 'e'), ('1234.5', '.2e'), ('1234.5', 'E'), ('0', '.3e'), ('0.00', 'e'), ('0.1234', '%'), ('0.1234', '.1%'), ('-1.5', '+'), ('1.5', '+'), ('1.5', ' '), ('-0.0001', 'z.2f'), ('1234.5', '>12'), ('1234.5', '*^12'), ('1234.5', '012'), ('1234.5', '012,.2f'), ('-1234.5', '=12'), ('nan', ''), ('-inf', '10'), ('inf', '%'), ('1.5', '10'), ('1.5', '<10'), ('1234567.5', ',.3f'), ('2.675', '.2f'), ('1.2345E-10', ''), ('1.2345E-10', 'n'), ('123', '.0f'), ('0.5', '.0f'), ('1.5', '.0f'), ('1e3', '.1e'), ('12345', '.0e'), ('1.5', '.3G'), ('1E+30', 'g'), ('1E+30', 'G'), ('1.5', '.1'), ('123.456', '.2'), ('1.2e5', '.10'), ('100', '.0%'), ('-0', 'f'), ('-0.001', '.1f'), ('1E-7', 'f'), ('1.50', 'g'), ('12.5', '.1g'), ('1E+2', '.3f'), ('-1234567.891', '+,.2f'), ('9.995', '.2f'), ('0.125', '.2%'), ('-5', '08.2f'), ('1234', '_'), ('1.5', '#.0f'), ('1.5', 'x'), ('1.5', ',d')]
for v, s in cases:
    try:
        print(repr(v), repr(s), '->', repr(format(D(v), s)))
    except Exception as e:
        print(repr(v), repr(s), '->', type(e).__name__, e)
price = D('19.99')
qty = 3
total = price * qty
print(f'{total}', f'{total:.2f}', f'{total:>10}', f'{total:,}', f'{D("1234567.891"):,.2f}', f'{D("0.075"):.1%}', '{:.3e}'.format(D('123456')))
getcontext().rounding = ROUND_HALF_UP
print(format(D('2.675'), '.2f'), format(D('2.665'), '.2f'), format(D('-2.5'), '.0f'))
getcontext().rounding = ROUND_HALF_EVEN
getcontext().capitals = 0
print(D('1e10'), repr(D('1e-10')), format(D('1e10'), ''), D('1e10').to_eng_string())
getcontext().capitals = 1
for v in ['2', '3', '0.25', '100', '1e-7', '1.21', '1.210', '-0', '0.0000', '1e100', '1e101', '123456789', '0.5', 'inf', '10']:
    d = D(v)
    print(v, d.sqrt(), d.exp() if v not in ('1e100', '1e101', '123456789') else '', d.ln() if not d.is_signed() and d else '', d.log10() if not d.is_signed() and d else '')
print(D(1).exp(), D(-1).exp(), D('0.5').exp(), D(100).exp(), D('-1000').exp(), D('1e-10').exp(), D('-1e-30').exp(), D(1000).ln(), D('0.001').ln(), D('1.0000001').ln(), D('0.9999999').ln(), D(2).ln(), D('1e-50').log10(), D('2e50').log10(), D('1.0001').log10())
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D('0.5'))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D('0.5'))
d = D('-3.50')
print(d.adjusted(), D('123.4').adjusted(), D('0.001').adjusted(), d.as_tuple(), D('nan').as_tuple(), D('-inf').as_tuple(), D('sNaN12').as_tuple(), d.as_tuple().digits, d.as_tuple()[2])
print(d.is_signed(), d.is_finite(), d.is_nan(), d.is_zero(), D('snan').is_snan(), D('nan').is_qnan(), D('inf').is_infinite(), D(0).is_zero(), d.is_normal(), D('1e-999999').is_subnormal(), D('1e-1000000').is_subnormal())
print(d.copy_abs(), d.copy_negate(), D(5).copy_sign(d), D(5).copy_sign(-1), D(-0).copy_abs())
print(D(1).compare(2), D(2).compare(1), D(1).compare(D('1.0')), D('nan').compare(1), D(1).max(2), D(1).min(2), D(1).max(D('nan')), D(-2).max_mag(1), D(-2).min_mag(1), D('1.0').max(D('1')), D('-0').max(D('0')), D('1').min(D('1.00')))
print(D(5).fma(2, 3), D('1.5').fma(D('2'), D('-3')), D(2).remainder_near(3), D(10).remainder_near(3), D(11).remainder_near(D('4')))
print(D('1.5').number_class(), D(0).number_class(), D('-inf').number_class(), D('nan').number_class(), D('-1e-1000000').number_class(), D('snan').number_class())
print(D(7).next_plus(), D(7).next_minus(), D('1.5').logb(), D('123').logb(), D('0.001').logb(), D('1.5').scaleb(3), D('1.5').scaleb(-3), D('1.5').same_quantum(D('2.5')), D('1.5').same_quantum(D('2.50')), D('1.5').to_integral(), D('1.5').radix(), D('1.5').conjugate(), D('1.5').real, D('1.5').imag, D('1.5').canonical(), D('1.5').is_canonical())
print(D('12.34').compare_total(D('12.340')), D('-1').compare_total(D('1')), D('nan').compare_total(D('1')), D('-1').compare_total_mag(D('1')))
print(D(3).quantize(D('1.00'), context=Context(prec=2, traps=[])), D('12345').quantize(D('1'), context=Context(prec=3, traps=[])))
import copy
print(copy.copy(d), copy.deepcopy(d), d.__reduce__())
class Money(Decimal):
    def __str__(self):
        return '$' + format(self, '.2f')
m = Money('3.456')
print(m, repr(m), type(m).__name__, isinstance(m, Decimal), m + 1, type(m + 1).__name__, Money.from_float(0.5))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), type(D(1)), D, Context, type(getcontext().flags).__name__)
print(D.__module__, D.__name__, DecimalTuple(0, (1,), 0), DecimalTuple.__module__)
print(D(3).__complex__(), complex(D('1.5')), D('1.5').__float__())
print(D('0.1') * 3 == D('0.3'), sum((D('0.01') for _ in range(100)), D(0)))
