import heapq
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [9, 4, 7, 1]), heapq.nlargest(2, [9, 4, 7, 1]))
data = [9, 5, 3, 7]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 4), heapq.heapreplace(data, 10), data)
tasks = [(2, "write"), (1, "plan"), (3, "test")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)], list(heapq.merge([1, 4], [2, 3])))
