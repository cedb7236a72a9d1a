for src in ["1 +", "def", "x = = 1", "(]", "a b", "f(**x, *y)", "lambda: yield", "print 'x'"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
