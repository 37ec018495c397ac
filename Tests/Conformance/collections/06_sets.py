s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.add(1); print(s)
s.discard(99); s.discard(3); print(s)
s.remove(10); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {100}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({9}))
print(set(), set([5, 4, 3, 2, 1]), set(range(20, 0, -3)), set("aaa"), frozenset([3, 1, 2]))
print(sorted({9, -1, 4}), {x % 5 for x in range(20)}, {-1, -2, -3}, {100, 1, 50, 7})
c = a.copy(); c |= {7}; c &= {1, 2, 7}; c -= {2}; print(c)
print(s.pop() in {1, 2}, len({1, 1.0, True}), {(1, 2), (1, 2)})
print(set([0, 8, 16, 32, 64]), set([1000, 2, 500]), {frozenset({1, 2}): "fs"})
e = set()
print(e, type(e).__name__, type({}).__name__, repr(frozenset()))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
