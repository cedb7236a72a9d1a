l = [1, 2, 3]
for op in [lambda: l.remove(9), lambda: l.index(9), lambda: [].pop(), lambda: l.pop(10), lambda: l + (1,), lambda: l * "a", lambda: [3, "a"].sort(), lambda: l.insert(), lambda: l.sort(key=1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
