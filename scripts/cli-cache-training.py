# cli-cache-training.py — run once by scripts/build-cli.mjs when it makes the CLI's V8 code cache: the functions
# a typical short program runs (parser, compiler, VM, common builtins) are then compiled ahead, not at each start.
# Only its coverage matters, so it does a little of everything and prints nothing.
import sys
import math
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y:.2f})"


class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    @property
    def size(self):
        return len(self.name)

    def describe(self):
        return "%s/%d" % (self.name, self.size)


class Child(Base):
    def __init__(self, name, extra=None, *args, **kwargs):
        super().__init__(name)
        self.extra = extra or []

    def describe(self):
        return super().describe() + ":" + ",".join(str(e) for e in self.extra)


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def gen(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * 2


def closure():
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    return add


def work():
    out = []
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for i, w in enumerate(words * 3):
        counts[w] = counts.get(w, 0) + 1
        out.append(w.upper() if i % 2 else w.title())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    squares = [i * i for i in range(50) if i % 2 == 0]
    table = {i: s for i, s in enumerate(squares)}
    uniq = {s % 7 for s in squares}
    grid = [[r * c for c in range(4)] for r in range(4)]
    x = (1 << 70) - 1
    y = x * 6364136223846793005 % ((1 << 61) - 1) ^ (x >> 3)
    f = math.sqrt(2.0) * 3.5 / 7 - 1e-3 + abs(-2.5) ** 2
    v = Vec(1, 2.5) + Vec(3, 4)
    objs = [Child("c%d" % i, [i, i + 1]) if i % 2 else Base("b" + str(i)) for i in range(6)]
    desc = [o.describe() for o in objs]
    add = closure()
    for k in gen(20):
        add(k)
    a, *rest = [1, 2, 3]
    (p, q), r = (4, 5), 6
    s = "-".join(map(str, [min(squares), max(squares), sum(x for x in squares), len(table), len(uniq)]))
    t = tuple(zip(words, range(3)))
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    finally:
        done = True
    try:
        raise ValueError("bad value")
    except (TypeError, ValueError):
        pass
    i = 0
    while i < 10:
        i += 1
        if i == 8:
            break
    else:
        i = -1
    with Ctx("cm") as fh:
        first = fh.name.upper()
    assert isinstance(v, Vec) and hasattr(v, "x") and getattr(v, "y") == 6.5
    return [out, top, grid, y, round(f, 6), repr(v), desc, add(0), a, rest, p + q + r, s, t, err, done, i, first,
            fib(12), str(3.25), int("42") + float("1.5"), "%.3f %5d %s" % (f, i, s), f"{i:>4}|{s!r:<10}",
            sorted(uniq, reverse=True), list(reversed(t)), any(squares), all(squares), divmod(17, 5),
            bool(""), isinstance(1, (int, float)), type(v).__name__, sys.argv[:0], time.time() > 0]


for _ in range(3):
    result = work()
if len(result) != 32:
    print("cli-cache-training: unexpected result", file=sys.stderr)
    sys.exit(1)
