import copy
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(grid, bad)
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = copy.deepcopy(a)
a[1].append(4)
a[0] = 99
print(a, b, c, d)
def add_item(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(add_item(1), add_item(2))
