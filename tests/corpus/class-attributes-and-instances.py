class Counter:
    instances = 0
    items = []
    def __init__(self):
        Counter.instances += 1
        self.items.append(Counter.instances)
a, b = Counter(), Counter()
print(Counter.instances, a.items is b.items, a.items)
print(vars(Counter)["instances"])
a.instances = 100
print(a.instances, b.instances, Counter.instances)
