class K:
    factor = 3
    values = [1, 2]
    scaled = [v * 2 for v in values]
print(K.scaled)
def make():
    n = 10
    return [lambda: n + i for i in range(3)]
print([f() for f in make()])
i = "global i"
squares = [i * i for i in range(4)]
print(squares, i)
total = 0
results = [total + x for x in range(3)]
print(results, total)
nested = [[(r, c) for c in range(r)] for r in range(4)]
print(nested)
flat = [v for row in nested for v in row]
print(flat, len(flat))
gen = ((y for y in range(x)) for x in range(3))
print([list(g) for g in gen])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([(yield_ := v) for v in "ab"], yield_)
