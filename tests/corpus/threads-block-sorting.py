# Blocking calls made from comparison and key functions that sorted(), min/max, heapq and PriorityQueue call:
# the blocked thread parks and other threads keep running.
import heapq
import queue

from _threads_blocking import check


class Item:
    def __init__(self, v, block):
        self.v = v
        self.block = block

    def __lt__(self, other):
        self.block()
        return self.v < other.v

    def __repr__(self):
        return f"Item({self.v})"


def items(block, values=(3, 1, 2)):
    return [Item(v, block) for v in values]


def sort_in_place(block):
    xs = items(block)
    xs.sort()
    return xs


def heap(block):
    h = []
    for it in items(block, (5, 3, 4, 1)):
        heapq.heappush(h, it)
    return [heapq.heappop(h) for _ in range(4)]


def priority_queue(block):
    q = queue.PriorityQueue()
    for it in items(block, (5, 3, 4, 1)):
        q.put(it)
    return [q.get() for _ in range(4)]


def keyed(block):
    def key(s):
        block()
        return len(s)
    return key


check("__lt__ called by sorted()", lambda block: sorted(items(block)))
check("__lt__ called by list.sort()", sort_in_place)
check("__lt__ called by min()", lambda block: min(items(block)))
check("__lt__ called by heapq", heap)
check("__lt__ called by PriorityQueue", priority_queue)
check("key= of sorted()", lambda block: sorted(["ccc", "a", "bb"], key=keyed(block)))
check("key= of min()", lambda block: min(["ccc", "a", "bb"], key=keyed(block)))
check("key= of max()", lambda block: max(["ccc", "a", "bb"], key=keyed(block)))
check("function called by map()", lambda block: list(map(keyed(block), ["ccc", "a"])))
check("function called by filter()", lambda block: list(filter(keyed(block), ["x", ""])))
print("done")
