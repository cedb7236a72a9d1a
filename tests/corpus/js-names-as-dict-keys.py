d = {}
for k in ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf"]:
    d[k] = len(k)
print(d)
print("__proto__" in d, d.get("constructor"), d.get("__lookupGetter__"), len(d))
e = dict(__proto__=1, constructor=2)
print(e, list(e))
del d["__proto__"]
print(list(d)[:2])
try:
    {}["toString"]
except KeyError as err:
    print(repr(err))
g = globals()
print("constructor" in g, "__proto__" in g)
__proto__ = "module global"
constructor = "another"
print(__proto__, constructor, "__proto__" in globals())
def f(**kw):
    return kw
print(f(__proto__=1, valueOf=2))
