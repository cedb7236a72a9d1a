def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 1000, 3))
for t in [0, 300, 999, 4, -1]:
    print(t, bsearch(data, t))
import bisect
print(bisect.bisect_left(data, 300), bisect.bisect_right(data, 300), bisect.bisect(data, 1))
bisect.insort(data, 4)
print(data[:4])
