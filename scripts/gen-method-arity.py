#!/usr/bin/env python3
# gen-method-arity.py — writes src/runtime/method-arity-table.ts: how many arguments CPython 3.11's builtin
# methods take and whether they refuse keywords, learnt by calling each one with 0-5 arguments and with a
# keyword under python3 and reading the TypeError. Run: python3 scripts/gen-method-arity.py > src/runtime/method-arity-table.ts
import re
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

MAKERS = {
    "str": lambda: "abc", "bytes": lambda: b"abc", "bytearray": lambda: bytearray(b"abc"), "list": lambda: [1, 2],
    "tuple": lambda: (1, 2), "dict": lambda: {1: 2}, "set": lambda: {1}, "frozenset": lambda: frozenset({1}),
    "int": lambda: 5, "float": lambda: 1.5, "complex": lambda: 1j, "range": lambda: range(3),
    "slice": lambda: slice(1, 2), "object": lambda: object(),
}
# Methods whose checks depend on more than a count (object's protocol hooks, pickling) stay as they are.
SKIP = {"__init_subclass__", "__subclasshook__", "__new__", "__init__", "__getattribute__", "__setattr__",
        "__delattr__", "__reduce__", "__reduce_ex__", "__sizeof__", "__dir__", "__format__", "__class_getitem__",
        "__getnewargs__", "__getstate__", "__alloc__", "__class__", "__eq__", "__ne__", "__hash__", "__str__",
        "__repr__"}
COUNTS = (0, 1, 2, 3, 4, 5)
ARITY = [
    (re.compile(r"^(.*)\(\) takes no arguments \((\d+) given\)$"), "N"),
    (re.compile(r"^(.*)\(\) takes exactly one argument \((\d+) given\)$"), "O"),
    (re.compile(r"^(.*)expected (?:at least |at most )?(\d+) arguments?, got (\d+)$"), "C"),
    (re.compile(r"^(.*)\(\) takes (?:at least|at most|exactly) (\d+) arguments? \((\d+) given\)$"), "P"),
]


def probe(mk, name, args, kw):
    # `o.name(...)` as written in a program (LOAD_METHOD + CALL): some messages differ when the call goes
    # through a bound method object instead (getattr(o, name)(**kw) says "union()", o.union(x=1) "set.union()").
    call = ", ".join(["None"] * len(args) + [f"{k}=1" for k in kw])
    try:
        eval(f"o.{name}({call})", {"o": mk()})
        return None
    except TypeError as e:
        return str(e)
    except Exception:
        return None


rows = []
for tname, mk in MAKERS.items():
    T = type(mk())
    for name in sorted(vars(T)):
        if name in SKIP or not callable(getattr(T, name, None)):
            continue
        kwmsg = probe(mk, name, (), {"zz": 1})
        m = re.match(r"^(.*)\(\) takes no keyword arguments$", kwmsg or "")
        kw = m.group(1) if m else ""
        style, prefix, ok = "", "", []
        for n in COUNTS:
            msg = probe(mk, name, (None,) * n, {})
            hit = None
            for rx, st in ARITY:
                m = rx.match(msg or "")
                if m:
                    hit = (st, m.group(1))
                    break
            if hit is None:
                ok.append(n)
                continue
            if style and (style, prefix) != hit:
                raise SystemExit(f"{tname}.{name}: two argument-count messages: {style} {hit}")
            style, prefix = hit
        if not style:
            if kw:
                rows.append((tname, name, kw, "", 0, -1, ""))
            continue
        lo, hi = min(ok), max(ok)
        if ok != list(range(lo, hi + 1)):
            raise SystemExit(f"{tname}.{name}: gaps in accepted counts {ok}")
        if style in "NO":
            prefix = ""  # the message names the method as TYPE.NAME
        rows.append((tname, name, kw, style, lo, -1 if hi == COUNTS[-1] else hi, prefix))

# Functions of the builtins module (not the types): probed as `name(...)`.
import builtins as _b
for name in sorted(vars(_b)):
    f = getattr(_b, name)
    if name.startswith("_") or isinstance(f, type) or not callable(f) or name in (
            "input", "breakpoint", "help", "exit", "quit", "open", "license", "credits", "copyright", "print", "aiter", "anext"):
        continue
    def bprobe(n, kw, name=name):
        call = ", ".join(["None"] * n + [f"{k}=1" for k in kw])
        try:
            eval(f"{name}({call})", {})
            return None
        except TypeError as e:
            return str(e)
        except Exception:
            return None
    kwmsg = bprobe(0, {"zz": 1})
    m = re.match(r"^(.*)\(\) takes no keyword arguments$", kwmsg or "")
    kw = m.group(1) if m else ""
    style, prefix, ok = "", "", []
    for n in COUNTS:
        msg = bprobe(n, {})
        hit = None
        for rx, st in ARITY:
            mm = rx.match(msg or "")
            if mm:
                hit = (st, mm.group(1))
                break
        if hit is None:
            ok.append(n)
            continue
        if style and (style, prefix) != hit:
            raise SystemExit(f"builtins.{name}: two argument-count messages: {style} {hit}")
        style, prefix = hit
    if not style:
        if kw:
            rows.append(("builtins", name, kw, "", 0, -1, ""))
        continue
    lo, hi = min(ok), max(ok)
    if ok != list(range(lo, hi + 1)):
        raise SystemExit(f"builtins.{name}: gaps in accepted counts {ok}")
    if style in "NO":
        prefix = ""
    rows.append(("builtins", name, kw, style, lo, -1 if hi == COUNTS[-1] else hi, prefix))

print("// method-arity-table.ts — generated by scripts/gen-method-arity.py from CPython 3.11 (do not edit): per builtin")
print("// method, [type, name, keyword refusal, count style, min, max (-1: any), name in the message].")
print("// keyword refusal: the name in \"NAME() takes no keyword arguments\" (empty: keywords are the method's business).")
print("// count style: N = METH_NOARGS, O = METH_O, C = \"NAME expected N arguments, got M\", P = \"NAME() takes at most N arguments (M given)\".")
print("export const METHOD_ARITY: readonly (readonly [string, string, string, string, number, number, string])[] = [")
for r in rows:
    print("  [" + ", ".join(repr(x).replace("'", '"') if isinstance(x, str) else str(x) for x in r) + "],")
print("];")
