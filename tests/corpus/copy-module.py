import copy
a = [[1, 2], {"k": [3]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(9)
a[1]["k"].append(4)
print(a, b, c, b[0] is a[0], c[0] is a[0])
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items)
