s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[s], "abcdefgh"[s], data[slice(-3, None)])
class Seq:
    def __getitem__(self, k):
        return k
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
