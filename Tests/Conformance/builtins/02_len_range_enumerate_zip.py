print(len("abc"), len([1, 2]), len({}), len({1: 2}), len(range(10)), len((1,)), len(set()), len("日本"))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip("abc", [1, 2, 3, 4])), list(zip("a")), list(zip()))
print(list(zip(*[(1, "a"), (2, "b")])))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
z = zip([1, 2], "ab")
print(next(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print("ValueError:", err)
