import threading
from decimal import *
DefaultContext.flags[Inexact] = True
DefaultContext.traps[Inexact] = True
out = []
def f():
    c = getcontext()
    out.append((c.flags[Inexact], c.traps[Inexact], c is DefaultContext))
    try:
        Decimal(1) / 3
    except Inexact as e:
        out.append(repr(e))
t = threading.Thread(target=f); t.start(); t.join()
print(out)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().flags[Inexact])
c = Context(prec=3)
setcontext(c)
print(getcontext() is c)
with localcontext(c) as lc:
    print(lc is c, lc.prec)
print(getcontext() is c)
