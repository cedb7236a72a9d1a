l = [1, 2]
l.append(l)
print(l, repr(l))
d = {"self": None}
d["self"] = d
print(d)
a = [[]]
a[0].append(a)
print(a)
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f"Node({self.children})"
try:
    print(Node())
except RecursionError as e:
    print("RecursionError", e)
