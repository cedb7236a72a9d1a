for s in ["1.5", "  -2.25\n", "1e3", "inf", "-Infinity", "nan", "1_000.5", ".5", "5.", "abc", "1e", ""]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "->", e)
print(str(1e16), str(1e15), str(0.1 + 0.2), str(100.0), str(1.0e-4), str(123456789012345.6), str(-0.0), float(10 ** 20))
