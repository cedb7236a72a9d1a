x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(1 == 1.0 == True, "a" < "b" <= "b" != "c")
print(x in [5] in [[5]], x is not None)
