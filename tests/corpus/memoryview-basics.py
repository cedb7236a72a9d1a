# memoryview over bytes and bytearray: indexing, slices that share memory, comparison, release.
m = memoryview(b"hello")
print(m[0], m[-1], len(m), m[1:3].tobytes(), m.tolist(), bytes(m[::2]), m.readonly, m.nbytes, m.format, m.itemsize)
print(m == b"hello", m[1:] == b"ello", list(m[::-1]), m.hex(), type(m).__name__, m.obj)
ba = bytearray(b"abc")
v = memoryview(ba)
ba[0] = 65
print(v[0], v.readonly, bytes(v))
with memoryview(b"x") as w:
    print(w.tobytes())
try:
    w[0]
except ValueError as e:
    print(e)
try:
    memoryview("s")
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
