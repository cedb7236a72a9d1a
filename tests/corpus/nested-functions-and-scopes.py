x = "global"
def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    def rebind():
        x = "local"
        print("rebind local", x)
    def change():
        nonlocal x
        x = "changed"
    inner(); rebind(); inner(); change(); inner()
    return x
print(outer(), x)
def make_adders():
    return [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in make_adders()])
def counter_class():
    class C:
        count = 0
        def inc(self):
            C.count += 1
            return C.count
    return C
K = counter_class()
print(K().inc(), K().inc())
