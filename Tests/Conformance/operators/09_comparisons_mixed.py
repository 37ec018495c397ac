print(1 == 1.0, 1 == "1", [1] == (1,), {} == [], None == False, 0 == False, "" == False)
print(1 < 1.5 < 2, 2 ** 64 > 1.5e19, 0.1 + 0.2 > 0.3, True < 2, False < True)
print((1, "a") < (1, "b"), (1, 2) < (1, 2, 0), [3] > [2, 99], "abc" == "abc", "a" * 3 == "aaa")
print({1: 2} == {1: 2.0}, {1, 2} == {2, 1}, frozenset([1]) == {1}, [1, [2]] == [1, [2]])
for a, b in [(1, "1"), ([1], (1,)), ({}, {}), (None, 0)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print({1} < {1, 2}, {1: 1} < {2: 2})
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2.5, True), min("b", "a"), max([1, 2], [1, 3]), sorted([(2, "b"), (1, "z"), (2, "a")]))
