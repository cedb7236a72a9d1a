class A:
    def __init__(self):
        self.__secret = 1
        self._protected = 2
    def reveal(self):
        return self.__secret
a = A()
print(a.reveal(), a._A__secret, a._protected, sorted(vars(a)))
try:
    a.__secret
except AttributeError as e:
    print(e)
