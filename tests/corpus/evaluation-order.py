def v(x):
    print("eval", x)
    return x
print(v(1) + v(2) * v(3))
d = {v("k1"): v("v1"), v("k2"): v("v2")}
v([0, 0])[v(0)] = v("rhs")
f = lambda *a, **k: a
f(v("a"), v("b"), k=v("c"))
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(x)
print(v(0) or v(1) and v(2))
print(v(False) and v("never"))
l = [1, 2]
l[v(0)] += v(10)
print(l)
