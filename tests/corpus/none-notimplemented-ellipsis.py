print(None, repr(None), type(None).__name__, None is None, None == 0, bool(None), str(None))
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...).__name__)
def f():
    pass
print(f(), [None] * 2, {None: None})
try:
    None.attr
except AttributeError as e:
    print(e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
x = None
x.append(1)
