import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 5), random.choices("abc", k=5), random.getrandbits(16))
r = random.Random(7)
print(r.random(), r.randint(0, 9), random.Random(7).random() == random.Random(7).random())
random.seed("text seed")
print(random.random())
random.seed(1)
print(random.gauss(0, 1), random.triangular(0, 10, 5), random.expovariate(2))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
