def f():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(e)
