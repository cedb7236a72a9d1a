values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
print([bool(v) for v in values])
print(1 == 1.0, 0 == False, "" == False, None == False, [] == [], [] is [], (1, 2) == [1, 2], {1: 2} == {1: 2.0})
print(1 < 2.5, -1 < False, "a" < "b", [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "10" < "9", 10 < 9)
x = []
print(x or "empty", x and "never", not x, "" or None, 0 or 0.0 or [])
