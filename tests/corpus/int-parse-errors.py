for s in ["42", " -7 ", "+3", "1_000", "0x10", "3.0", "", "12a", "١٢٣", "1__0"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "->", e)
for s, b in [("ff", 16), ("0xff", 16), ("777", 8), ("z", 36), ("2", 2), ("10", 1)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "->", e)
