print("%s is %d years, %.2f m" % ("Ann", 31, 1.756))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%g|%%" % ("a", "b", 42, 3, 255, 255, 8, 1234.5, 0.0001))
print("%(name)s has %(n)03d" % {"name": "Bob", "n": 7})
print("%r %a %c %c" % ("q", "ü", 65, "z"))
print("%s" % (1,), "%s" % [1, 2], "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef")
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
