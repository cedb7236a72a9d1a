class Obj:
    pass
o = Obj()
names = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "length"]
for n in names:
    setattr(o, n, n.upper())
print([getattr(o, n) for n in names])
print(sorted(vars(o)))
o.constructor = None
print(o.constructor, hasattr(Obj(), "constructor"), hasattr(Obj(), "toString"))
try:
    Obj().prototype
except AttributeError as e:
    print(e)
class Js:
    constructor = "class attr"
    def toString(self):
        return "Js.toString"
    def valueOf(self):
        return 7
print(Js.constructor, Js().toString(), Js().valueOf())
