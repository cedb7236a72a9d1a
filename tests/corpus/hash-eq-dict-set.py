class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print("eq", self.k, o.k)
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len(d))
s = {Key("x"), Key("X")}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__)
