class Calc:
    def run(self, f, x):
        return f(x)
Calc().run(lambda v: v.upper(), 5)
