class Deck:
    def __init__(self):
        self.cards = list(range(5))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(d), 3 in d, list(reversed(d)))
d[0] = 99
del d[1]
print(d.cards)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sorted(Countdown(4)))
class Call:
    def __call__(self, *a, **k):
        return a, k
print(Call()(1, x=2), callable(Call()), callable(Call), callable(1))
