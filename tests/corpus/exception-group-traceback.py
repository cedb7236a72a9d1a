# How an uncaught exception group prints: CPython 3.11's nested boxes, chained causes inside a box,
# nested groups, the 15-exception width limit, notes, and traceback.format_exception/print_exc.
import traceback
import sys

def boom():
    raise KeyError("k")

try:
    boom()
except KeyError as k:
    same = k
g = ExceptionGroup("dup", [same, same])
print("".join(traceback.format_exception(g)), end="")

def inner():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z

errs = []
for f in [inner, lambda: [][1]]:
    try:
        f()
    except Exception as e:
        errs.append(e)
errs.append(BaseExceptionGroup("deep", [ExceptionGroup("deeper", [OSError("o")]), KeyError("x")]))
try:
    raise RuntimeError("ctx")
except RuntimeError:
    eg = ExceptionGroup("outer", errs + [ValueError(i) for i in range(16)])
    eg.add_note("note here")
    raise eg
