name = "Ann"
items = [1, 2]
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{name=} {items=} {1 + 2=} {name = }")
print(f"{name=!s:>6}|{3.5=:.2f}")
print(f"{{literal}} {'{'}{'}'}")
print(f"{'multi' 'part'}" f"{len(items)}")
x = 10
print(f"{x if x > 5 else 0} {[i for i in range(3)]} {dict(a=1)['a']}")
print(f"""{x:>{x // 2}}""")
