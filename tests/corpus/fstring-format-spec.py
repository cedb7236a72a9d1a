x = 3.14159
n = 1234567
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}|{x:g}|{x:%}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:x}|{n:#o}|{n:b}|{n:#X}|{n:+d}|{-n: d}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^8}|{s!r:>6}")
print(f"{42:08.3f}|{-42:08d}|{42:=+8}|{0.000012345:.3g}|{1e20:,.0f}")
width, prec = 10, 3
print(f"{x:{width}.{prec}}|{'nested':{'>'}{width}}")
print(f"{True:d} {True} {None!s:>6}")
