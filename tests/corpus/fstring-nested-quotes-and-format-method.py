class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
    def __str__(self):
        return "Money!"
    def __repr__(self):
        return "Money(%r)" % self.v
m = Money(3)
print(f"{m}", f"{m:.0f}", f"{m!s}", f"{m!r}", format(m, ".1f"), "{:.3f}".format(m))
