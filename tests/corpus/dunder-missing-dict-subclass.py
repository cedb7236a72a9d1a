class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key.upper()
d = Default(a="x")
print(d["a"], d["b"], d.get("c"), "b" in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
c["z"] += 1
c["z"] += 1
print(c)
