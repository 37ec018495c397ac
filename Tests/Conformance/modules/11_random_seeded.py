import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 10) for _ in range(10)])
print([random.randint(-1000, 1000) for _ in range(5)])
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(42)
print(random.random())
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
random.seed(0)
print(random.random(), random.randint(0, 2 ** 40), random.randint(0, 2 ** 100))
names = ["ann", "bob", "cy", "di"]
random.seed(7)
random.shuffle(names)
print(names, random.choice(names))
random.seed(123)
counts = {}
for _ in range(1000):
    k = random.choice("abc")
    counts[k] = counts.get(k, 0) + 1
print(counts)
