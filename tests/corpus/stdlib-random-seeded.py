import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice([1,2,3]), random.randrange(0, 100, 5))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
print(random.choices('abc', weights=[1,2,3], k=5))
r = random.Random(7); print(r.random(), r.getrandbits(70))
class R(random.Random):
    pass
print(R(7).random())
random.seed('hello'); print(random.random())
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random())
try: random.randint(1, 0)
except ValueError as e: print(e)
try: random.choice([])
except IndexError as e: print(e)
print(random.triangular(0, 10, 3), random.expovariate(1.5), random.normalvariate(5, 2))
