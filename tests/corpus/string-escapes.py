print("tab:\t|", "newline:\\n", "quote:\"", 'apos:\'', "bell repr:", repr("\a\b\f\v"), "\x41\u0042\U00000043", "\101")
print(len("\n"), len(r"\n"), "\\", r"C:\path\new", "a\
b")
print(repr("\0"), repr("\x7f"), repr("\u200b"), repr("é"), repr("\ud800") if False else "skip", "\N{GREEK SMALL LETTER ALPHA}")
print(b"\x00\x01\xff", repr(b"\t\n\r"), rb"\x00", len(b"\x00"))
