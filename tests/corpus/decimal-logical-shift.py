from decimal import *
D = Decimal
c = Context(prec=9)
print(c.logical_and(D('1101'), D('1011')), c.logical_or(D('1101'), D('1011')), c.logical_xor(D('1101'), D('1011')), c.logical_invert(D('1101')), D('1101').logical_and(D('110')), c.logical_invert(D(0)))
print(c.shift(D('34'), 8), c.shift(D('12'), 9), c.shift(D('123456789'), -2), c.shift(D('123456789'), 0), c.shift(D('123456789'), 2), c.rotate(D('34'), 8), c.rotate(D('12'), 9), c.rotate(D('123456789'), -2), c.rotate(D('123456789'), 2), c.shift(D('1.5E3'), 1), c.rotate(D('-12.5'), 1))
print(D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D(-1).next_toward(D('-1.00')), D(0).next_toward(1))
for e in ['c.logical_and(D(12), D(1))', 'c.shift(D(1), 10)', 'c.shift(D(1), D("1.5"))', 'c.logical_and(D("1.0"), D(1))', 'c.logical_and(D(-1), D(1))']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(D('inf').shift(2), D('nan').rotate(1), D('1011').logical_or(D(1), context=c), D(5).shift(-1))
