s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2])
t = "hello world"
print(t[::-1], t[1:-1], t[:0], t[6:])
s[2:5] = ["a"]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
del s[::2]
print(s)
print(slice(1, 10, 2).indices(5), slice(None), (1, 2, 3)[slice(1, None)])
