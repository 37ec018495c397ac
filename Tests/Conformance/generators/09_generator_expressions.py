nums = [5, 3, 8, 1]
g = (n * 2 for n in nums)
print(type(g).__name__, next(g), list(g))
print(sum(n for n in nums), min(n for n in nums if n > 2), sorted(n % 3 for n in nums))
print(list((a, b) for a in range(3) for b in "xy" if a != 1))
print(dict((n, n * n) for n in nums), set(n % 2 for n in nums), tuple(str(n) for n in nums))
print(", ".join(str(n) for n in nums), any(n > 7 for n in nums), all(n for n in nums))
lazy = (print("evaluating", n) or n for n in range(3))
print("created")
print(next(lazy))
print(list(lazy))
x = 10
g2 = (x + i for i in range(3))
x = 100
print(list(g2))
data = [[1, 2], [3], []]
print(list(v for row in data for v in row), sum(len(r) for r in data))
