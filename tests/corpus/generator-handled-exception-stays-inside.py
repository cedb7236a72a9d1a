def outer():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "z"
g = outer(); next(g); print(g.throw(ZeroDivisionError("zz")))
raise TypeError("t")
