a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
print(p, q)
first, *others = [1]
print(first, others)
*heads, tail = "abc"
print(heads, tail)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2, 3], sep="-")
print([*"ab", *[1, 2]], (*range(2),), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2, "a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
for bad in [[1, 2, 3], [1]]:
    try:
        m, n = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    m, n, *o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
