from collections import deque
d = deque()
for i in range(5):
    d.append(i)
d.extendleft([-1, -2])
print(d, d[0], d[-1], len(d), d.count(0), 3 in d)
d.rotate(-2)
print(d)
d.remove(0)
d.reverse()
print(d, list(d)[:2], d.index(3))
try:
    deque().pop()
except IndexError as e:
    print(e)
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
