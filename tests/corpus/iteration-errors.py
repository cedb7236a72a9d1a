for thing in [5, 3.5, None, True, len]:
    try:
        for _ in thing:
            pass
    except TypeError as e:
        print(e)
try:
    list(1)
except TypeError as e:
    print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
try:
    sorted(None)
except TypeError as e:
    print(e)
try:
    x = [*None]
except TypeError as e:
    print(e)
try:
    a, *b = 7
except TypeError as e:
    print(e)
