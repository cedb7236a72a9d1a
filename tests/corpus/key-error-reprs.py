d = {}
for key in ["text", 42, (1, 2), None, 1.5, ("single",), "", frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
d[(1, 2)]
