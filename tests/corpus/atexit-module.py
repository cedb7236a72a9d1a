import atexit
def goodbye(name):
    print("goodbye", name)
atexit.register(goodbye, "first")
atexit.register(goodbye, "second")
@atexit.register
def last():
    print("registered last, runs first")
print("main done")
