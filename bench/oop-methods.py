# oop-methods.py — method calls and attribute reads/writes on instances, a property and inheritance.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Particle):
    def step(self):
        super().step()
        self.vel = Vec(self.vel.x * 0.999, self.vel.y)


ps = [Particle(Vec(i, 0), Vec(1, i % 3)) if i % 2 else Heavy(Vec(0, i), Vec(2, 1)) for i in range(100)]
total = 0.0
for _ in range(800):
    for p in ps:
        p.step()
        total += p.energy
print("checksum", round(total, 6), sum(p.steps for p in ps), round(ps[0].pos.x, 6))
