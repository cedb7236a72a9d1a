def f(a, b=1, *, c):
    pass
class K:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls, y):
        pass
tests = [
    lambda: f(),
    lambda: f(1, 2, 3, c=1),
    lambda: f(1, c=1, d=2),
    lambda: f(1, a=2, c=3),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.s(1),
    lambda: K.c(),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=1),
    lambda: print(end=1),
    lambda: sorted([1], 1),
    lambda: (lambda: 0)(1),
    lambda: dict(1),
    lambda: max(1),
    lambda: isinstance(1),
    lambda: "".join(),
    lambda: [].append(),
    lambda: {}.get(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
