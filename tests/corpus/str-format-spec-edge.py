s = "gilpy"
print(f"[{s:10}]", f"[{s:>10}]", f"[{s:^10}]", f"[{s:.3}]", f"[{s:_^11.2}]", f"[{'':*>3}]", f"[{s!r:^12}]")
print("[{:{fill}{align}{width}}]".format(s, fill="~", align="^", width=9))
print("{0:{1}}|{0:>{1}}".format("x", 4), "{:=^20}".format(" title "))
try:
    f"{s:=10}"
except ValueError as e:
    print(e)
try:
    format(s, "x")
except ValueError as e:
    print(e)
try:
    format(1, "s")
except ValueError as e:
    print(e)
