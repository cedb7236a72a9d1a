import operator
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)(rows[0]))
class P:
    def __init__(self, n):
        self.name = n
print([p.name for p in sorted([P("z"), P("m")], key=attrgetter("name"))], methodcaller("upper")("x"))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.itemgetter(-1)([1, 2]), operator.truediv(1, 4), operator.not_(0))
print(operator.lt(1, 2), operator.contains([1], 1), operator.index(7), operator.concat([1], [2]))
