def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
def h(a, /, b):
    return a, b
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: g(1),
    lambda: g(),
    lambda: h(a=1, b=2),
    lambda: len(),
    lambda: len([], []),
    lambda: (lambda x: x)(),
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: f(**{"a": 1, "b": 2, "zz": 0}),
    lambda: int("5", 10, 3),
    lambda: print(sep=5),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError:", e)
