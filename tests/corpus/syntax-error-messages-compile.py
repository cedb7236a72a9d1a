cases = [
    "f() = 1",
    "x = (1, 2\ny = 3",
    "if x = 1:\n    pass",
    "print(1 2)",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "del 1",
    "x = 1abc",
    "x = 012",
    "class C\n    pass",
    "for x in range(3)\n    pass",
    "a = )",
    "yield 1",
    "await x",
    "x = 'abc",
    's = """never closed',
    "return",
    "lambda x: (yield)",
    "x += 1 = 2",
    "import",
    "from x import",
    "def f():\n    global x\n    x = 1\n    global x",
    "def f():\n    x = 1\n    global x",
    "else: pass",
    "x = [1, 2,, 3]",
    "True = 1",
    "None = 2",
    "def f(*): pass",
    "a, b += 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
