from decimal import *
D = Decimal
c = getcontext()
for e in ['D(1).sqrt(1, 2)', 'D(1).quantize()', 'D(1).quantize(D(1), "BAD")', 'D(1).compare()', 'D(1).fma(1)', 'D(1).sqrt(context=1)', 'D(1).sqrt(foo=1)', 'D(1).adjusted(1)', 'c.add(1)', 'c.add(1, 2, 3)', 'c.sqrt()', 'c.power(1)', 'c.divmod(1)', 'c.abs()', 'D(1, context=c, x=1)', 'D("1", 2)', 'Decimal.from_float()', 'round(D(1), 1.5)', 'c.create_decimal(1.5, 2)', 'D(1).to_integral(rounding=5)', 'c.quantize(1, 2, 3)', 'D(1).copy_sign()', 'D(1).is_nan(1)', 'D(1).as_tuple(1)', 'localcontext(1)', 'getcontext(1)', 'c.Etiny(1)', 'c.copy(1)', 'Context(1, 2)', 'D(1).__format__(1)', 'format(D(1), 5)']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
for e in ['setcontext()', 'Context(1, 2, 3, 4, 5, 6, 7, 8, 9)', 'c.to_sci_string()', 'c.create_decimal_from_float()', 'c.divide_int(1)', 'c.to_integral(1, 2)', 'c.is_zero()', 'c.copy_decimal()', 'c.number_class()', 'c.same_quantum(1)', 'c.to_eng_string(1, 2)', 'Decimal(1).to_eng_string(1, 2, 3)', 'c.clear_flags(1)', 'Decimal(1).conjugate(1)', 'Decimal(1).radix(1)', 'Decimal(1).__round__(1, 2)', 'Decimal(1).logb(1, 2)', 'c.logical_invert()', 'c.radix(1)', 'c.fma(1, 2)', 'localcontext(1, 2)', 'Decimal(1).__reduce__(1)', 'Decimal(1).__copy__(1)']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
