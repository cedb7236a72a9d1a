d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 0
print(d)
print(dict(zip("xyz", range(3))), dict([("k", 1)]), dict(a=1, b=2), dict({"a": 1}, b=2), {}.fromkeys("ab", 0))
print({1: "int", 1.0: "float", True: "bool"})
