from decimal import *
import decimal
D = Decimal
print(getcontext())
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags)
print(c.traps)
c.clear_flags()
x = D(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero], c)
c.clear_flags()
for expr in ['D(1) / 0', 'D(0) / 0', 'D(1) % 0', 'D(0) % 0', 'divmod(D(1), 0)', 'D(1) // 0', 'D("1e999999") * 10', 'D("abc")', 'D(-1).sqrt()', 'D(0) ** 0', 'D(-2) ** D("0.5")', 'D("inf") - D("inf")', 'D(10) ** 50 // D("1e-10")', 'int(D("nan"))', 'int(D("-inf"))', 'round(D("nan"))', 'round(D("inf"), 2)', 'float(D("snan"))', 'hash(D("snan"))', 'D(1) + 1.5', '1.5 + D(1)', 'D(1) < "a"', 'D("1.5").quantize(D("1e-30"))', 'D(1, 2)', 'D([1])', 'D("1").quantize(1.5)', 'D(1).compare(1.5)', 'D("nan") < 1', 'D("snan") == 1', 'D(1).__round__("x")', 'D("inf").as_integer_ratio()', 'D("nan").as_integer_ratio()', 'Decimal.from_float("x")', 'D(1) + "a"', 'D(1) * [1]', 'D(1) - None', 'D(1) ** 1.5', 'divmod(D(1), 1.5)', 'D(0).ln()', 'D(-1).ln()', 'D(-1).log10()', 'ZeroDivisionError.__name__ if issubclass(DivisionByZero, ZeroDivisionError) else 0']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__module__, type(e).__name__, e)
print(c)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(Underflow, Subnormal), issubclass(ConversionSyntax, InvalidOperation), InvalidOperation.__mro__)
try:
    D(5) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', repr(e))
try:
    D('x')
except ArithmeticError as e:
    print('caught as ArithmeticError:', e)
c.traps[DivisionByZero] = False
c.traps[InvalidOperation] = False
print(D(1) / 0, D(-1) / 0, D(0) / 0, D('x'), D(-1).sqrt(), c.flags[DivisionByZero], c.flags[InvalidOperation])
print(c)
c.traps[Inexact] = True
try:
    D(1) / 3
except Inexact as e:
    print('Inexact', e)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
try:
    D(0.5)
except FloatOperation as e:
    print('FloatOperation', e)
try:
    print(D(1) < 1.5)
except FloatOperation as e:
    print('FloatOperation <', e)
print(D(1) == 1.5)
setcontext(Context())
print(getcontext())
setcontext(ExtendedContext)
print(getcontext(), D(1) / 0, D(0) / 0)
setcontext(DefaultContext)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, ctx)
print(D(1) / 7)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(D(2) / 3, getcontext().prec, ctx is getcontext())
with localcontext(Context(prec=4)):
    print(D(1) / 3)
with localcontext(BasicContext):
    print(D(1) / 3)
    try:
        D(1) / 0
    except DivisionByZero as e:
        print(e)
print(getcontext().prec)
for bad in [{'prec': 0}, {'prec': 'x'}, {'rounding': 'x'}, {'Emin': 1}, {'Emax': -1}, {'capitals': 2}, {'clamp': 2}]:
    try:
        Context(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    localcontext(foo=1)
except TypeError as e:
    print(e)
try:
    setcontext(1)
except TypeError as e:
    print(e)
try:
    getcontext().flags['x']
except KeyError as e:
    print('KeyError', e)
ctx = Context(prec=6, rounding=ROUND_HALF_UP, Emax=10, Emin=-10, traps=[DivisionByZero])
print(ctx)
print(ctx.add(1, 2), ctx.divide(D(1), 3), ctx.multiply(D('1.5'), 2), ctx.subtract(5, D('0.1')), ctx.sqrt(2), ctx.power(2, 10), ctx.divide_int(7, 2), ctx.remainder(7, 3), ctx.divmod(7, 2), ctx.abs(-3), ctx.minus(4), ctx.plus(D('1.2345678')), ctx.compare(1, 2), ctx.max(1, 2), ctx.min(1, 2), ctx.quantize(D('1.23456'), D('0.01')), ctx.to_sci_string(D('1e20')), ctx.exp(1), ctx.ln(10), ctx.log10(2), ctx.fma(2, 3, 4), ctx.is_zero(0), ctx.copy_negate(5), ctx.Etiny(), ctx.Etop())
print(ctx.multiply(D('1e10'), 10), ctx.flags)
print(ctx.divide(D('1e-10'), 1000), ctx.flags)
c2 = ctx.copy()
c2.prec = 2
print(ctx.prec, c2.prec, repr(c2.rounding))
print(Context(prec=3, clamp=1, Emax=5).create_decimal('1E+5'), Context(prec=3, Emax=5).create_decimal('1E+5'))
