class Two:
    def __index__(self):
        return 2
t = Two()
print([10, 20, 30][t], "abcdef"[t:], bin(t), hex(t), range(t), [0] * t, (1, 2, 3)[:t], int(t) if hasattr(t, "__int__") else "no __int__")
try:
    one = 1.0
    [1][one]
except TypeError as e:
    print(e)
