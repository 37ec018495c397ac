# Class instances, attribute access, method calls, properties, dunders.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17, i % 23)
        self.vel = Vec(1 + i % 3, 2 - i % 5)
        self.hits = 0
    @property
    def energy(self):
        return self.vel.dot(self.vel)
    def step(self):
        self.pos = self.pos + self.vel
        if self.pos.x > 100 or self.pos.x < -100:
            self.vel = self.vel.scale(-1)
            self.hits += 1

particles = [Particle(i) for i in range(400)]
for _ in range(400):
    for p in particles:
        p.step()
energy = sum(p.energy for p in particles)
hits = sum(p.hits for p in particles)
pos = sum(p.pos.x * 3 + p.pos.y for p in particles)
print("energy", energy, "hits", hits, "pos", pos)
print("checksum", (energy * 31 + hits * 7 + pos) % 1_000_000_007)
