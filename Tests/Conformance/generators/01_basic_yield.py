def count_up(n):
    print("  generator started")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  generator finished")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g), next(g, "exhausted"))
def evens():
    n = 0
    while True:
        yield n
        n += 2
e = evens()
print([next(e) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
print(sum(x for x in range(10) if x % 3), max(len(w) for w in ["a", "abc", "ab"]))
