class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "swallow"
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("swallow"):
    raise ValueError("gone")
print("after swallow")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
