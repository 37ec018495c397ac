t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
a, b, c, d = t
print(a, b, c, d)
x, *rest = t
print(x, rest)
*init, last = t
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t.count(None), t.index(3.0), 3.0 in t)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2))
nested = ((1, 2), [3, 4], {"k": (5,)})
print(nested, nested[1][0], nested[2]["k"][0])
nested[1].append(5)
print(nested)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 2, 8])
print(lo, hi, minmax([1]))
