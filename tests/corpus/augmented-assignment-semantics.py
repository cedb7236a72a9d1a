a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "c"
print(s)
class Box:
    def __init__(self):
        self.items = []
bx = Box()
bx.items += ["x"]
print(bx.items)
tup = ([],)
try:
    tup[0] += [1]
except TypeError as e:
    print(e)
print(tup)
n = 10
n -= 3; n *= 2; n /= 7; n **= 2
print(n)
m = 17
m //= 5; m %= 2; m <<= 4; m >>= 1; m |= 1; m &= 13; m ^= 2
print(m)
