def f():
    pass
class C:
    def __call__(self):
        return "called"
class D:
    pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(len), callable(1), callable("s"), callable(lambda: 0))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(True), hash(1.0), hash(0.5), hash((1, 2)) == hash((1, 2)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)), hash(1.5), hash(-0.0), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1,)), hash(frozenset()) if False else "")
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
print(hash("s") == hash("s"), hash(f) == hash(f))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
