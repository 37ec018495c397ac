def cycle(seq):
    while True:
        for s in seq:
            yield s
def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1
c = cycle("abc")
print([next(c) for _ in range(7)])
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
for i, ch in numbered("xyz", 10):
    print(i, ch)
def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in gens[:]:
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(100, 104))))
