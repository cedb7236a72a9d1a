class A:
    @classmethod
    def make(cls):
        return cls.__name__
    def __repr__(self):
        return "A-repr"
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
    def __repr__(self):
        return "B(" + super(B, self).__repr__() + ")"
print(B.make(), repr(B()))
try:
    super()
except RuntimeError as e:
    print(e)
