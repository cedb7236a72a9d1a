import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) > Version(1, 5), Version(1) != Version(1))
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print(e)
class Gt:
    def __gt__(self, o):
        print("Gt.__gt__")
        return True
print(1 < Gt())
