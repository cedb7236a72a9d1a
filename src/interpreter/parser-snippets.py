# parser-snippets.py — snippets for parser.test.ts; run `python3 src/interpreter/parser-snippets.py` (CPython 3.11)
# to regenerate parser-fixtures.json: the ast.dump(include_attributes=True) of each snippet, columns converted to
# code points, or the SyntaxError it raises; plus a hash of the dump of every corpus program.
import ast, hashlib, json, os, re, sys

OK = r'''
x = 1
x = y = z = 0
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
x: int
x: int = 5
(x): int = 5
a.b: int = 1
a[1]: int
x += 1
x -= y; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 2
del a
del a, b[1], c.d
del (a, b), [c]
pass
def f(): pass
def f(a, b=1, *args, c, d=2, **kw): return a
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(*, a): pass
def f(a: int, b: "str" = "x") -> None: pass
def f(*args: int, **kw: str): pass
def f(a,): pass
def f(a, b, /): pass
async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass
async def f():\n    return [x async for x in y]
@dec\ndef f(): pass
@dec.attr(1, 2)\n@other\nclass C: pass
@(lambda f: f)\ndef g(): pass
class C(A, B, metaclass=M): pass
class C(): pass
class C:\n    x = 1\n    def m(self): return self.x
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda *, a: a
lambda a, /, b: 0
f = lambda: (yield)
global a, b
def f():\n    global x\n    nonlocal y
def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2
if x: pass
if x:\n    pass\nelif y:\n    pass\nelse:\n    pass
if x:\n    a\nelif y:\n    b\nelif z:\n    c
while x:\n    break\nelse:\n    continue
for x in y:\n    pass\nelse:\n    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, *y] in z: pass
for x in 1, 2, 3: pass
for x, in y: pass
for a.b in c: pass
for a[0] in c: pass
try:\n    pass\nexcept:\n    pass
try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass
try:\n    pass\nfinally:\n    pass
try:\n    x\nexcept E as e: raise
raise
raise E
raise E from None
raise E("x") from e
assert x
assert x, "msg"
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from a import (b, c,)
from . import a
from .. import a
from .a import b
from ...a.b import c
from .... import x
from ..... import x
from a import *
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a, b): pass
with (a): pass
with (yield): pass
with a as (b, c): pass
with (a as b,): pass
with open(f) as g, h: pass
return_ = 1
x = (yield)
def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield y\n    yield from z\n    await_ = 1
def g():\n    x = yield from f()
(x := 1)
if (n := len(a)) > 10: pass
[y := f(x), y**2]
f(x := 1)
a[x := 1]
while chunk := f.read(): pass
print(*a, **k)
print(a, *b, c=1, **d, e=2)
f(*a, *b, **c, **d)
f(a)(b)(c)
f(x for x in y)
f((x for x in y), 1)
f(a=1, *b)
f(a for a in b if a if not a)
a.b.c.d
a[1]
a[1:2]
a[1:2:3]
a[::]
a[:]
a[::2]
a[1:]
a[:2]
a[1:2, ::3]
a[1, 2]
a[1,]
a[()]
a[*b]
a[b, *c]
a[x:=1]
a[lambda: 0]
a[b][c]
a.b[c].d(e)
x = a if b else c
x = a if b else c if d else e
x = lambda: a if b else c
x = not a
x = not not a
x = a and b and c
x = a or b or c
x = a and b or c and d
x = a or (b and c)
x = -a + +b - ~c
x = a + b * c ** d // e % f / g @ h
x = a - b - c
x = a ** b ** c
x = -a ** b
x = (a + b) * c
x = a << b >> c
x = a | b ^ c & d
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a is not b
x = a not in b
x = await_x
x = 1 if y else 2
x = [1, 2, 3]
x = [1, 2, 3,]
x = []
x = [*a, *b]
x = [i for i in range(10)]
x = [i for i in a if i if j]
x = [i for a in b for i in a]
x = [(i, j) for i in a for j in b if i != j]
x = {1, 2}
x = {*a}
x = {i for i in a}
x = {}
x = {1: 2, 3: 4}
x = {1: 2, **a, 3: 4}
x = {**a}
x = {k: v for k, v in d.items()}
x = {k: v for k, v in d.items() if k}
x = ()
x = (1,)
x = (1, 2)
x = 1,
x = 1, 2
x = (1)
x = ((1))
x = (i for i in a)
x = *a, *b
x = *a,
x = a, *b
x = ...
x = a[...]
x = True, False, None
x = 0
x = 123
x = 1_000_000
x = 0x_ff
x = 0xFF
x = 0o777
x = 0O17
x = 0b1010
x = 0B1_0
x = 00
x = 0_0
x = 12345678901234567890
x = 9007199254740991
x = 9007199254740992
x = 0xffffffffffffffffffff
x = 1.5
x = 1.
x = .5
x = 1e10
x = 1E-5
x = 1.5e+3
x = 1_0.0_1
x = 1e16
x = 1e-5
x = 0.0001
x = 1j
x = 1.5j
x = 1e3J
x = 10j
x = 0j
x = 1 + 2j
x = 1.0e400
x = 1 if 1else 2
x = 1if y else 2
x = 'a'
x = "a"
x = \x27\x27\x27a\x27\x27\x27
x = """a\nb"""
x = 'a' 'b'
x = 'a' "b" \x27\x27\x27c\x27\x27\x27
x = ('a'\n     'b')
x = r'\\n'
x = R"\\d"
x = b'abc'
x = B"abc"
x = rb'\\x00'
x = Rb'a'
x = bR'a'
x = br'a'
x = b'\\x00\\xff\\n'
x = b'a' b'b'
x = '\\n\\t\\r\\\\\\'\\"\\a\\b\\f\\v'
x = '\\x41\\u0041\\U00000041'
x = '\\101\\0\\7\\777'
x = '\\d'
x = 'a\\nb'
x = 'line\\\ncontinued'
x = 'ab\\\ncd'
x = 'é'
x = 'Привет'
x = '日本語'
x = '😀'
x = "it's"
x = 'say "hi"'
x = f'a'
x = f'{a}'
x = f'{a}{b}'
x = f'{a!r}'
x = f'{a!s}'
x = f'{a!a}'
x = f'{a:>10}'
x = f'{a:{w}}'
x = f'{a:{w}.{p}}'
x = f'{a:>{w}}'
x = f'{a=}'
x = f'{a = }'
x = f'{a=!s}'
x = f'{a=:>10}'
x = f'{{}}'
x = f'{{a}}'
x = f'a{{'
x = f'{a!r:>{w}}'
x = f'{a["k"]}'
x = f"{a['k']}"
x = f'{a:}'
x = f'{a,b}'
x = f'{a, b}'
x = f'{ a }'
x = f'{x:%H:%M}'
x = f'{3.14:.2f}'
x = f'{d["a"]:10}'
x = f'{f(x)}'
x = f'{lambda: 1}'
x = f'{(lambda: 1)()}'
x = f'{a if b else c}'
x = f'{x!r} and {y!s}'
x = 'a' f'{b}' 'c'
x = f'{a}' 'b' f'{c}'
x = f'{a}' f'{b}'
x = f''
x = f'' ''
x = rf'\\d{a}'
x = fr'{a}\\n'
x = F'{a}'
x = f'\\n{a}\\t'
x = f"""{a}\n{b}"""
x = f"""\n{a}"""
x = f'{a:{b}{c}}'
x = f'{"a" "b"}'
x = f'{a}é'
x = f'é{a}'
x = f'{"é"}'
x = f'{yield}'
x = f'{*a,}'
x = f'{a!r:}'
x = f'{x:{"a"}}'
print(f"{x} {y:.2f} {z!r}")
if x:\n    pass\n\n\n
\nx = 1\n\n
# comment\nx = 1  # trailing\n# end
x = (1 +\n     2)
x = [\n    1,\n    2,\n]
x = {\n  'a': 1,\n}
x = 1 + \\\n    2
if a and \\\n   b:\n    pass
def f(\n    a,\n    b,\n):\n    pass
x = 1;
x = 1; y = 2
x = 1; y = 2;
if x: a; b
if x: a\nelse: b
while x: a; b
class C: x = 1; y = 2
def f(): return 1
for x in y: print(x)
with a: b
try: a\nexcept: b
if x:\n\tpass
if x:\n\tif y:\n\t\tpass
if x:\n        pass
if x:\n  if y:\n    pass\n  z = 1\nw = 2
if x:\n    pass\n# comment\n    # indented comment\ny = 1
def f():\n    """doc"""\n    return 1
class C:\n    """doc"""
x = [a for a in b if c]\n\ny = 1
x = a.b.c()
x = a().b()
x = a[1](2).c[3]
x = 'abc'.upper()
x = 1 .real
x = 1.0.real
x = (1).real
x = a\x0c+ b
match = 1
match(x)
case = 2
_ = 3
type = 4
print(match, case)
x = [1,2,3][1:]
x = a[1:2][3:4]
x = -1
x = - 1
x = --1
x = +-~1
x = not -1
x = a < -b
x = a ** -b
x = 2 ** -1
x = (-2) ** 2
x = await_
assert isinstance(x, int), f"bad {x!r}"
print("a", end="")
print("a", "b", sep=", ", file=sys.stderr, flush=True)
t = threading.Thread(target=worker, args=(1,), daemon=True)
with lock:\n    counter += 1
with ThreadPoolExecutor(max_workers=4) as ex:\n    results = list(ex.map(f, range(10)))
if __name__ == "__main__":\n    main()
def worker(n: int) -> None:\n    for i in range(n):\n        time.sleep(0.1)\n        print(f"{threading.current_thread().name}: {i}")
x = {'a': [1, 2, {'b': (3, 4)}]}
x = [[1, 2], [3, 4]]
x = ((1, 2), (3, 4))
x = [lambda x: x * i for i in range(3)]
x = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
x = a if b else(c)
x = [*range(3)]
def f(a, b): return a, b
def f(): return *a, *b
def f(): yield *a, b
x = yield_ = 1
for x in *a, *b: pass
x = a[b:c, d:e]
x = a[:, 1]
x = a[..., 0]
x = a[1:2, 3]
class A(B, **kw): pass
class A(*bases): pass
def f(a, b, /, c, d, *, e, f): pass
def f(a, b=1, /, c=2): pass
def f(**kwargs): pass
def f(*args): pass
def f(*, a=1, b): pass
def f(a, *, b, **c): pass
lambda **k: 0
lambda *a: 0
lambda a=1: a
x = [
    1, 2,  # comment
    3,
]
if True:\n    x = (\n  1)\n    y = 2
def f():\n    return
def f():\n    return None
x = 'unicode \\N{BULLET}'
x = '\\N{EM DASH}'
x = 'a' \\\n    'b'
x = ['a'\n     'b']
x = """\nline1\n  line2\n"""
x = \x27\x27\x27a\\\nb\x27\x27\x27
x = f\x27\x27\x27{\na\n}\x27\x27\x27
def f():\n    x = 1\n\n    return x
x = 1\r\ny = 2\r\n
if x:\r\n    y\r\n
x = 1\ny = 2
x=1
x\t=\t1
Ω = 1
привет = 1
x = привет + 1
print(привет)
数 = 2
x = a.привет
def функция(аргумент): return аргумент
x = a   # trailing spaces   
class Α: pass
'''.split("\n")
# The snippets above are one per line with \n escapes; some need real multi-line text:
OK_MULTI = [
    "x = [\n    1, 2,  # comment\n    3,\n]\n",
    "def f(\n    a,\n    b=2,\n    *args,\n    **kw,\n):\n    return a\n",
    "if a:\n    if b:\n        pass\n    elif c:\n        pass\nelse:\n    pass\n",
    "try:\n    a()\nexcept (ValueError, TypeError) as e:\n    print(e)\nexcept Exception:\n    raise\nelse:\n    b()\nfinally:\n    c()\n",
    "class A:\n    def __init__(self, x):\n        self.x = x\n\n    @property\n    def y(self):\n        return self.x\n\n    @y.setter\n    def y(self, v):\n        self.x = v\n",
    "x = (\n    1\n    + 2\n    - 3\n)\n",
    "result = some_function(\n    arg1,\n    arg2=value,\n)\n",
    "x = '''\n  a\n  b\n'''\ny = 1\n",
    "def f():\n    '''Docstring.\n\n    More.\n    '''\n    pass\n",
    "for i in range(3):\n    for j in range(3):\n        if i == j:\n            continue\n        print(i, j)\n",
    "while True:\n    try:\n        x = q.get(timeout=1)\n    except queue.Empty:\n        break\n",
    "with a as x, \\\n     b as y:\n    pass\n",
    "if x:\n    pass\n  # comment at odd indent\ny = 1\n",
    "x = 1\n\n\n\ny = 2\n",
    "   \nx = 1\n",
    "x = 1\n    \n",
    "def f():\n    pass\n\n\n\n",
    "",
    "\n",
    "# only a comment",
    "# only a comment\n",
    "x = 1",
    "if x:\n    pass",
    "x = (1,\n     2)",
    "print('a')\n\\\n",
    "async def main():\n    async with lock:\n        await asyncio.sleep(1)\n    async for x in aiter():\n        print(x)\n    result = await asyncio.gather(*tasks)\n",
    "@decorator(\n    arg,\n)\ndef f():\n    pass\n",
    "x = f'''\n{a}\n  {b!r:>10}\n'''\n",
    "x = f'{a}' \\\n    f'{b}'\n",
    "def f(a,\n      b):\n    return (a +\n            b)\n",
    "x = {\n    'a': 1,\n    'b': [\n        2,\n        3,\n    ],\n}\n",
    "class C(\n    Base,\n    metaclass=Meta,\n):\n    pass\n",
    "if x:\n\tpass\nelse:\n\tpass\n",
    "if x:\n    a = 1\n    b = 2\n\n    c = 3\n",
    "lock.acquire()\ntry:\n    pass\nfinally:\n    lock.release()\n",
    "x = [i\n     for i in range(10)\n     if i % 2]\n",
    "x = 'a' \\\n'b'\n",
    "print(\"\"\"a\n\"\"\", 1)\n",
    "s = 'x'; t = \"y\"\n",
    "f(a)[b].c = d\n",
    "a, b = c, d = e\n",
    "x = y = [1, 2]\n",
    "x: list[int] = []\n",
    "self.x: int = 0\n",
    "x[i]: int\n",
    "x = f(\n    a\n)(b)\n",
    "def f(): return\n\n",
    "import os, sys\nfrom typing import (\n    List,\n    Dict,\n)\n",
    "(a) = 1\n",
    "[a] = b\n",
    "((a)) = 1\n",
    "[a, (b, c)] = d\n",
    "x = [\n]\n",
    "x = (\n)\n",
    "x = {\n}\n",
    "x = 1 if a else \\\n    2\n",
    "if a:\n    pass\nelif b:\n    pass\n",
    "def f():\n    global x, y\n    x = 1\n",
    "x = a.b\\\n.c\n",
    "def f():\n    x = yield\n    return x\n",
    "x =\\\n1\n",
    "if a:  # comment\n    pass  # comment\n",
    "\ufeffx = 1\n",
    "x = 'tab\there'\n",
    "x = \"\"\"a\\\nb\"\"\"\n",
    "x = b'''\nabc\n'''\n",
    "x = rb'''\\\n'''\n",
    "for x in range(3): print(x); print(x)\n",
    "x = f'{a!r}' f'{b}' 'c' f'{d:{e}}'\n",
    "x = f'{a}' \\\n  'b'\n",
]

ERR = r'''
x = 1\n  y = 2
if x:\ny
if x:\n    # c
if x:
if x:\n  a\n b
x = (1,\n2
x = "abc
x = """abc\n\n
>>> foo
>>> Поток начал работу 
f() = 1
print "x"
print x
exec "code"
if x\n  pass
while x\n  pass
for x in y\n  pass
def f()\n  pass
class A\n  pass
try\n  pass
a b
x = [1 2]
f(a b)
print(a b)
x = {1: 2 3: 4}
x = (1 2)
x = 1 +
x = )
x = (]
x = [)
x = {\n)
if x:\n\tif y:\n        pass
x = 1abc
x = 12abc
x = 0x1g
x = $
def f(:\n pass
x = a b c
a\n  b
f(**k, *a)
f(a=1, b)
f(**a, b)
f(x for x in y, 1)
f(a, b for b in c)
def f(a=1, b): pass
lambda a=1, b: 0
def f(*): pass
(*a)
f() += 1
(a, b) += 1
x = yield = 1
1 = x
a + 1 = 2
x, f() = 1, 2
del f()
for f() in x: pass
with a as f(): pass
None = 1
x = True = 1
try:\n  pass\nx = 1
else: pass
else
x = [1, 2
foo(1, 2
import
from x import
from x import (a, b
x = 1 +* 2
@dec\nx = 1
if x:\n  pass\n else:\n  pass
def f(x):\n\treturn 1\n        return 2
for x in y:\npass
while x:\npass
with a:\npass
def f():\npass
class C:\npass
try:\npass
try:\n    pass\nexcept:\npass
try:\n    pass\nfinally:\npass
if x:\n    pass\nelse:\npass
if x:\n    pass\nelif y:\npass
def f():\n    with a:\n    pass
def f():\n    for x in y:\n        # c\n    print(x)
x = 'abc\ny = 1
x = 1\ny = 'abc
s = """\nabc
x = 1 \\ y
x = 1 \\
x = f'{}'
x = f'{a!}'
x = f'{a!x}'
x = f'}'
x = f'{'
x = f'{a b}'
x = f'{a\\n}'
x = f'{#}'
x = b'é'
x = 'a' b'b'
x = '\\x4'
x = b'\\x4'
try:\n    pass\nexcept* E:\n    pass
x := 1
a, b += 1
x = *a
del *a
f(**a, *b)
x = 1 if y
class A(x for x in y): pass
import a,
from a import b,
x = 1 = 2
lambda: (yield)
x = a.1
x = 1__0
x = 1_
x = 0b2
x = 0o8
x = 012
x = 5 %
x = [1, 2, 3
print("unclosed
if x:\n    pass\n  pass
x = €
x = a\x01b
def f(a, a): pass
x = (1, 2))
x = [1, 2 3, 4]
print("a" "b" c)
def f(x)\n    return x
class A(B)\n    pass
for i in range(10)\n    print(i)
while True\n    pass
if x == 1\n    pass
elif x:\n  pass
x = 1\n    y = 2\nz = 3
foo(\n  a,\n  b\n
x = [\n  1,\n  2\n
if True:\n    x = (\n1\n    y = 2
'''.split("\n")

CORPUS_DIRS = ["tests/conformance/corpus", "tests/corpus"]


def unescape(s):
    # One snippet per line: \n, \t, \r and a few \xNN stand for those characters, \\ for a backslash.
    s = s.replace("\\\\", "\0")
    for a, b in (("\\n", "\n"), ("\\t", "\t"), ("\\r", "\r"), ("\\x0c", "\x0c"), ("\\x01", "\x01"),
                 ("\\x27", "'"), ("\\ufeff", "\ufeff")):
        s = s.replace(a, b)
    return s.replace("\0", "\\")


def split_lines(src):
    return re.split(r"(?<=\n)|(?<=\r)(?!\n)", src)


def to_cp_cols(tree, src):
    lines = split_lines(src)
    def conv(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        b = lines[lineno - 1].encode("utf-8", "surrogatepass")
        return len(b[:col].decode("utf-8", "replace"))
    for node in ast.walk(tree):
        if getattr(node, "col_offset", None) is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, "end_col_offset", None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree


def run(src):
    try:
        tree = ast.parse(src)
        return {"dump": ast.dump(to_cp_cols(tree, src), include_attributes=True)}
    except SyntaxError as e:
        return {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset,
                          (e.text or "").rstrip("\n")]}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    snippets = []
    for s in OK + ERR:
        if s.strip() == "":
            continue
        snippets.append(unescape(s) + "\n")
    for s in OK_MULTI:
        snippets.append(s)
    out = {"snippets": [], "corpus": []}
    for s in snippets:
        r = run(s)
        # Compile-time checks that belong to the symbol table/compiler are not the parser's job.
        if "except*" in s or "error" in r and r["error"][1] in ("'return' outside function", "can't use starred expression here",
                                               "'yield' outside function") or "error" in r and "duplicate argument" in r["error"][1]:
            continue
        out["snippets"].append({"src": s, **r})
    for d in CORPUS_DIRS:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if not name.endswith(".py"):
                continue
            path = os.path.join(d, name)
            src = open(os.path.join(root, path), encoding="utf-8").read()
            r = run(src)
            r["src_sha1"] = hashlib.sha1(src.encode("utf-8")).hexdigest()
            if "dump" in r:
                r = {"sha1": hashlib.sha1(r["dump"].encode("utf-8")).hexdigest(), "src_sha1": r["src_sha1"]}
            out["corpus"].append({"path": path, **r})
    with open(os.path.join(root, "src/interpreter/parser-fixtures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
    print(len(out["snippets"]), "snippets,", len(out["corpus"]), "corpus files")


main()
