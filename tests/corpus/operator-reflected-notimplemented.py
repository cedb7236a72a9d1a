class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Meters.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__", other)
        return Meters(self.v + other)
    def __repr__(self):
        return f"Meters({self.v})"
class Sub(Meters):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "sub wins"
print(1 + Meters(2))
print(Meters(1) + Sub(2))
try:
    print(sum([Meters(1), Meters(2)], 0))
except TypeError as e:
    print(e)
class Both:
    def __eq__(self, o):
        print("Both.__eq__")
        return NotImplemented
print(Both() == Both(), Both() != 1)
