d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, "x" in d, "q" not in d, len(d), d.copy(), sorted(d))
a = {"a": 1, "b": 2}
b = {"b": 20, "c": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("d", 4)]
print(a, {**a, "e": 5})
print(list(reversed({"x": 1, "y": 2})), {"a": 1} == {"a": 1}, dict.fromkeys([1, 2]))
k = d.keys()
d["new"] = 1
print(k, len(k), d.items() | {("new", 1)} == set(d.items()) | {("new", 1)})
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d.pop("none")
except KeyError as e:
    print(repr(e))
try:
    {"a": 1} | [1]
except TypeError as e:
    print(e)
