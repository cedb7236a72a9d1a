for v in ["1", "x", None, [1]]:
    try:
        print(int(v) if v != [1] else v[5])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    except IndexError:
        print("index")
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))
e = 1
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
