# Names that mean something to JavaScript are ordinary Python names everywhere Python stores names.
NAMES = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__",
         "__lookupGetter__", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "then", "length", "call", "apply", "bind"]

class C:
    pass

# never defined anywhere: every lookup must fail as in CPython
for n in NAMES:
    for target in (C(), C, 1, "s", [], {}, None, print, len, object()):
        if hasattr(target, n):
            print("unexpected attribute", n, "on", type(target).__name__)
print("no stray attributes")

# instances, classes and modules store them as ordinary attributes
import types
obj, mod = C(), types.ModuleType("m")
for i, n in enumerate(NAMES):
    setattr(obj, n, i)
    setattr(C, n + "_cls", -i)
    setattr(mod, n, str(i))
print(sorted(vars(obj).items())[:4], len(vars(obj)))
print([getattr(obj, n) for n in NAMES] == list(range(len(NAMES))))
print(getattr(C, "__proto___cls"), C.constructor_cls, mod.__proto__, mod.constructor, "toString" in dir(mod))
obj.__dict__["__proto__"] = "via dict"
print(obj.__proto__, C().constructor_cls)
del obj.constructor
print(hasattr(obj, "constructor"), getattr(obj, "constructor", "gone"))
try:
    C().hasOwnProperty
except AttributeError as e:
    print("AttributeError:", e)

# class bodies and type()
class D:
    __proto__ = "class attr"
    def constructor(self):
        return "method"
    def toString(self):
        return "D.toString"
print(D.__proto__, D().constructor(), D().toString(), str(D()) == D().toString())
E = type("E", (), {"prototype": 1, "__proto__": 2})
print(E.prototype, E.__proto__, E().__proto__)

# dict keys, dict methods, comprehension and dict()
d = {n: len(n) for n in NAMES}
print(d["__proto__"], d["constructor"], "valueOf" in d, d.get("hasOwnProperty"), len(d))
d2 = dict(__proto__=1, constructor=2)
print(d2, list(d2), d2.pop("constructor"), d2)
d3 = {}
d3["__proto__"] = {"polluted": True}
print(d3, "polluted" in {}, d3.setdefault("toString", 0), sorted(d3))
print({"__proto__": 1} == dict(__proto__=1), {"__proto__": 1}.keys() & {"__proto__"})

# keyword arguments and **kwargs
def f(**kw):
    return kw
def g(__proto__=0, constructor=0, *, toString=0):
    return (__proto__, constructor, toString)
print(f(__proto__=1, constructor=2, hasOwnProperty=3))
print(g(__proto__=5, toString=6), g(**{"constructor": 7}))
try:
    g(valueOf=1)
except TypeError as e:
    print("TypeError:", e)

# globals, locals, sets and other containers
globals()["__proto__"] = "global proto"
print(__proto__)
constructor = "global constructor"
print(globals()["constructor"], "constructor" in globals())
def h():
    prototype = 3
    return locals()
print(h())
print({"__proto__", "constructor"} == {"constructor", "__proto__"}, "__proto__" in {"__proto__"})
print(types.SimpleNamespace(**{"__proto__": 1, "valueOf": 2}))
print(getattr(str, "toString", "absent"), getattr(len, "call", "absent"), getattr(print, "apply", "absent"))
