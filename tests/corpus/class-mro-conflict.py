class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D(X, X): pass
except TypeError as e:
    print(e)
class E(A): pass
print([c.__name__ for c in E.__mro__])
