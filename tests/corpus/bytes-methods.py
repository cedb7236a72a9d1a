b = b"hello world"
print(b, b[0], b[-1], b[1:4], b.upper(), b.split(), b.replace(b"o", b"0"), len(b), b.find(b"w"), b.count(b"l"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode(), "café".encode("latin-1"), bytes(3), bytes([65, 66]), bytes("x", "ascii"))
print(b.hex(), bytes.fromhex("41 42"), b"a" + b"b", b"ab" * 2, b"a" in b"cat", 97 in b"a", list(b"ab"), b"%d-%s" % (1, b"x"))
print(b"x\x00\xff\n'", repr(b'"'), b"abc".startswith(b"a"), b" x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"AbC".lower(), b"abc".isalpha())
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
