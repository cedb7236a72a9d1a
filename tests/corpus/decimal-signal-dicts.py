from decimal import *
print(Context(traps=[Inexact]))
try:
    Context(flags={Inexact: 1})
except Exception as e:
    print(type(e).__name__, e)
d = {s: False for s in getcontext().flags}
d[Inexact] = 1
print(Context(flags=d))
try:
    Context(traps=5)
except Exception as e:
    print(type(e).__name__, e)
try:
    Context(traps=[1])
except Exception as e:
    print(type(e).__name__, e)
c = Context()
c.traps = d
print(c)
try:
    c.traps = {Inexact: True}
except Exception as e:
    print(type(e).__name__, e)
with localcontext(traps=[Inexact]) as lc:
    print(lc)
print(list(c.flags.items())[:2], list(c.traps.values()), Inexact in c.flags, len(c.flags), c.flags.get(Inexact), dict(c.traps)[Inexact])
import decimal
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
