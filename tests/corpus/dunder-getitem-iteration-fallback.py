class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares()])
it = iter(Squares())
print(next(it), next(it))
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(e)
