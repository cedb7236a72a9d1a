def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e)
        return "except"
    else:
        print("no error", r)
        return "else"
    finally:
        print("finally", x)
print(f(2))
print(f(0))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
h()
