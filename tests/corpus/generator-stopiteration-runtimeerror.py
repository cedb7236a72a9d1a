def g():
    yield 1
    raise StopIteration("inside")
try:
    list(g())
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
