class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [3], type(s + [3]).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, repr(u), u == "hey")
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, str(m))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
a = AttrDict(x=1)
print(a.x, a, hasattr(a, "y"))
