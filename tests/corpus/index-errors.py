l = [1, 2, 3]
for thing in (l, (1, 2), "ab", range(3)):
    try:
        thing[10]
    except IndexError as e:
        print(e)
try:
    l[10] = 1
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    l["a"]
except TypeError as e:
    print(e)
try:
    idx = 1.5
    "abc"[idx]
except TypeError as e:
    print(e)
