import threading
from decimal import *
from fractions import Fraction
D = Decimal
print(Fraction(D('0.75')), Fraction.from_decimal(D('-1.25')), Fraction.from_decimal(3), Fraction(D('1e3')))
for bad in [D('nan'), D('inf')]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
print(Fraction(1, 2) == D('0.5'), Fraction(1, 3) < D('0.34'))
try:
    Fraction(1, 2) + D(1)
except TypeError as e:
    print(e)
try:
    D(1) + Fraction(1, 2)
except TypeError as e:
    print(e)
getcontext().prec = 6
getcontext().traps[DivisionByZero] = False
results = {}
def work(name, prec):
    ctx = getcontext()
    results[name + '-start'] = (ctx.prec, ctx.traps[DivisionByZero])
    ctx.prec = prec
    results[name] = str(D(1) / D(7))
ts = [threading.Thread(target=work, args=('t%d' % i, 3 + i)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(getcontext().prec, D(1) / D(7))
DefaultContext.prec = 12
t = threading.Thread(target=lambda: print('new thread prec', getcontext().prec, D(2).sqrt()))
t.start(); t.join()
print(getcontext().prec)
def f():
    with localcontext() as c:
        c.prec = 2
        print('local', D(1) / 3)
    print('after', D(1) / 3)
t = threading.Thread(target=f)
t.start(); t.join()
