class Base:
    def who(self):
        return __class__.__name__, type(self).__name__
class Child(Base):
    def who2(self):
        return __class__.__name__
print(Child().who(), Child().who2(), Child().__class__.__name__, Child.__class__.__name__)
print(Child.__bases__[0].__name__, Base.__subclasses__()[0].__name__, object.__name__)
