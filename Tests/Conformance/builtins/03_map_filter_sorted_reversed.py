print(list(map(int, ["1", "2", "3"])), list(map(str.upper, "ab")), list(map(lambda a, b: a - b, [5, 6], [1, 2, 3])))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(filter(None, [0, "", None, 5, "x"])))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))
r = reversed([1, 2])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
