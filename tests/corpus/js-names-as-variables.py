def toString(valueOf, hasOwnProperty=3):
    prototype = valueOf + hasOwnProperty
    return prototype
print(toString(1))
class constructor:
    __proto__ = 5
print(constructor.__proto__, constructor().__proto__)
import types
ns = types.SimpleNamespace(__proto__=1, toString=2)
print(ns)
