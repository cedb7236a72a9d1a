import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_to(n):
    return n + sum_to(n - 1) if n else 0
print(sum_to(30000))
