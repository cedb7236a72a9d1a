class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k * 10, self.y * k * 10)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __iadd__(self, o):
        print("iadd")
        self.x += o
        return self
a = V(1, 2)
print(a + V(3, 4), a * 3, 3 * a, -a, abs(V(3, 4)), bool(V(0, 0)), len(a), a[1], 2 in a, list(a))
a += 5
print(a)
try:
    a + 1
except TypeError as e:
    print(e)
